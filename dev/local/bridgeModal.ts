/**
 * The frame side of Forge's host modal (`new Modal({...}).open()`, `view.close(payload)`), spliced
 * into the bridge stand-in (`bridgeClient.ts`), where `context` and `commands` are in scope.
 *
 * Opening posts the request to the host page, which draws the dialog over the whole page and loads
 * the module's resource in it with `__modal=<key>` in the frame's address (`hostModal.ts`). That
 * frame reads its modal context from the host page, as Forge puts it under `extension.modal`; its
 * `view.close(payload)` goes back to the host, which calls the opener's `onClose(payload)`.
 */
export const BRIDGE_MODAL_PART = String.raw`
  var openModals = {};
  var modalKey = new URLSearchParams(window.location.search).get('__modal');
  var hostOfModal = modalKey !== null && window.parent !== window ? window.parent.__productLensHost : null;
  var modalSettings = hostOfModal ? hostOfModal.modalSettings(modalKey) : null;
  if (modalKey !== null && !modalSettings) throw new Error('Product Lens local host: modal ' + modalKey + ' is not open');
  if (modalSettings) context.extension = Object.assign({}, context.extension, { modal: modalSettings.context });

  function openModal(request) {
    if (request.resource && request.resource !== context.moduleKey && request.resource !== frame.resource) {
      return Promise.reject(new Error('The local host opens a module\'s own resource in a modal, not "' + request.resource + '"'));
    }
    var key = 'm' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
    // The host makes the page inert while the dialog is open, which blurs the button that opened it;
    // Jira's focus lock does not, so focus goes back to it on close, as in Jira.
    openModals[key] = { onClose: request.onClose, focused: document.activeElement };
    var settings = {
      size: request.size, title: request.title,
      closeOnEscape: request.closeOnEscape !== false, closeOnOverlayClick: request.closeOnOverlayClick !== false,
      context: JSON.parse(JSON.stringify(request.context || {})),
    };
    window.top.postMessage({ type: 'product-lens:open-modal', key: key, settings: settings }, window.location.origin);
    return Promise.resolve(true);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data || event.data.type !== 'product-lens:modal-closed') return;
    var modal = openModals[event.data.key];
    delete openModals[event.data.key];
    if (!modal) return;
    if (modal.focused && modal.focused.isConnected && typeof modal.focused.focus === 'function') modal.focused.focus();
    if (typeof modal.onClose === 'function') modal.onClose(event.data.payload);
  });

  function closeThisModal(payload) {
    if (!modalSettings) return Promise.resolve(false);
    var sent = payload === undefined ? undefined : JSON.parse(JSON.stringify(payload));
    window.parent.postMessage({ type: 'product-lens:close-modal', key: modalKey, payload: sent }, window.location.origin);
    return Promise.resolve(true);
  }

  if (modalSettings && modalSettings.closeOnEscape) {
    // A control that handles Escape itself (a select's open menu) prevents its default.
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) closeThisModal(undefined);
    });
  }

  commands.openModal = openModal;
  commands.close = closeThisModal;
`;
