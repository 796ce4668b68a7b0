/**
 * The host page's side of Forge's modal: a dialog over the whole Jira page, whatever the size of the
 * frame that opened it, holding the module's resource in a frame of its own (`bridgeModal.ts` is the
 * frames' side). Sizes are Forge's documented ones (developer.atlassian.com, Custom UI bridge, Modal):
 * small 400 px × 20vh (at least 320 px), medium 600 × 40vh (520), large 800 × 70vh (720),
 * xlarge 968 × 90vh, max the whole window; a dialog never overflows the window.
 */
export const HOST_MODAL_STYLES = `
  .modal-blanket { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; z-index: 510;
    background: var(--ds-blanket); }
  .modal-dialog { display: flex; max-width: 100vw; max-height: 100vh; background: var(--ds-surface-overlay);
    border-radius: var(--ds-radius-large); box-shadow: var(--ds-shadow-overlay); overflow: hidden; }
  .modal-dialog iframe { flex: 1; width: 100%; height: 100%; border: 0; background: var(--ds-surface-overlay); }
  .modal-dialog.size-small { width: 400px; height: max(20vh, 320px); }
  .modal-dialog.size-medium { width: 600px; height: max(40vh, 520px); }
  .modal-dialog.size-large { width: 800px; height: max(70vh, 720px); }
  .modal-dialog.size-xlarge { width: 968px; height: 90vh; }
  .modal-dialog.size-max { width: 100vw; height: 100vh; border-radius: 0; }
`;

export const HOST_MODAL_SCRIPT = `
  (function () {
    var SIZES = ['small', 'medium', 'large', 'xlarge', 'max'];
    var open = {};
    window.__productLensHost = {
      modalSettings: function (key) { return open[key] ? open[key].settings : null; },
    };
    function setPageInert(inert) {
      document.querySelectorAll('body > header, body > main').forEach(function (part) { part.inert = inert; });
    }
    function openerFrameOf(source) {
      return Array.prototype.find.call(document.querySelectorAll('iframe.app-frame'), function (frame) { return frame.contentWindow === source; });
    }
    function close(key, payload) {
      var modal = open[key];
      if (!modal) return;
      delete open[key];
      modal.blanket.remove();
      if (Object.keys(open).length === 0) setPageInert(false);
      modal.opener.contentWindow.postMessage({ type: 'product-lens:modal-closed', key: key, payload: payload }, window.location.origin);
      modal.opener.focus();
    }
    function show(key, settings, opener) {
      var size = SIZES.indexOf(settings.size) >= 0 ? settings.size : 'medium';
      var blanket = document.createElement('div');
      blanket.className = 'modal-blanket';
      var dialog = document.createElement('div');
      dialog.className = 'modal-dialog size-' + size;
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('aria-label', settings.title || opener.title + ': dialog');
      var frame = document.createElement('iframe');
      var url = new URL(opener.src, window.location.href);
      url.searchParams.set('__modal', key);
      frame.src = url.pathname + url.search;
      frame.title = settings.title || opener.title + ': dialog';
      frame.className = 'modal-frame';
      frame.addEventListener('load', function () {
        frame.focus();
        // The dialog is named as its frame's document is (the dialog sets its title there).
        var doc = frame.contentDocument;
        if (!doc || settings.title) return;
        var name = function () { if (doc.title) dialog.setAttribute('aria-label', doc.title); };
        name();
        new MutationObserver(name).observe(doc.head, { subtree: true, childList: true, characterData: true });
      });
      dialog.appendChild(frame);
      blanket.appendChild(dialog);
      blanket.addEventListener('click', function (event) { if (event.target === blanket && settings.closeOnOverlayClick) close(key, undefined); });
      open[key] = { settings: settings, opener: opener, blanket: blanket, frame: frame };
      setPageInert(true);
      document.body.appendChild(blanket);
    }
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (event.origin !== window.location.origin || !data || typeof data.key !== 'string') return;
      if (data.type === 'product-lens:open-modal') {
        var opener = openerFrameOf(event.source);
        if (opener) show(data.key, data.settings, opener);
      } else if (data.type === 'product-lens:close-modal' && open[data.key] && open[data.key].frame.contentWindow === event.source) {
        close(data.key, data.payload);
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') return;
      Object.keys(open).forEach(function (key) { if (open[key].settings.closeOnEscape) close(key, undefined); });
    });
  })();
`;
