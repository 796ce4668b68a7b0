import { BRIDGE_HISTORY_PART } from './bridgeHistory';
import { BRIDGE_MODAL_PART } from './bridgeModal';

/**
 * The stand-in for the script Forge's host puts into every Custom UI iframe: it defines
 * `window.__bridge.callBridge(command, payload)`, which the real `@forge/bridge` package calls. Served
 * as `/__bridge/bridge.js` and loaded (blocking) before the surface's module script, because
 * `@forge/bridge` looks the bridge up when it is first imported.
 *
 * The frame's Forge context (and its resource's key) is put in `window.__PRODUCT_LENS_FRAME__` by the
 * server, which builds it from the Jira site (project id and type, issue id and type) as Forge would.
 * The host modal and `createHistory` are in `bridgeModal.ts` and `bridgeHistory.ts`.
 */
export const BRIDGE_CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var frame = window.__PRODUCT_LENS_FRAME__;
  if (!frame || !frame.context) throw new Error('Product Lens local host: this frame has no Forge context');
  var context = frame.context;
  var THEME_ATTRIBUTE = 'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';

  function invoke(request) {
    var body = { key: request.functionKey, payload: request.payload || {}, context: { accountId: context.accountId, extension: context.extension, localId: context.localId, moduleKey: context.moduleKey, cloudId: context.cloudId } };
    return fetch('/__bridge/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().then(function (answer) {
          // Forge rejects invoke() when the function itself fails (unknown key, crash); a resolver's
          // own {ok:false} answer is a normal result.
          if (!response.ok) throw new Error((answer && answer.error && answer.error.message) || ('invoke ' + request.functionKey + ' failed with HTTP ' + response.status));
          return answer;
        });
      });
  }

  function enableTheming() {
    var root = document.documentElement;
    if (!document.getElementById('product-lens-themes')) {
      var link = document.createElement('link');
      link.id = 'product-lens-themes';
      link.rel = 'stylesheet';
      link.href = '/__bridge/themes.css';
      document.head.appendChild(link);
    }
    root.setAttribute('data-theme', THEME_ATTRIBUTE);
    root.setAttribute('data-color-mode', context.theme.colorMode);
    root.style.colorScheme = context.theme.colorMode;
    return Promise.resolve();
  }

  function hostPathOf(location) {
    if (location.url) return location.url;
    if (location.target === 'module' && location.moduleKey === 'product-page' && location.projectKey) return '/projects/' + encodeURIComponent(location.projectKey) + '/product';
    if (location.target === 'module' && location.moduleKey === 'portfolio-review') return '/portfolio';
    if (location.target === 'issue' && location.issueKey) return '/browse/' + encodeURIComponent(location.issueKey);
    return null;
  }

  function navigate(location) {
    var path = hostPathOf(location || {});
    if (path === null) return Promise.reject(new Error('The local host cannot navigate to ' + JSON.stringify(location)));
    if (location.type === 'new-tab') window.open(path, '_blank', 'noopener');
    else window.top.location.assign(path);
    return Promise.resolve();
  }

  var commands = {
    invoke: invoke,
    getContext: function () { return Promise.resolve(JSON.parse(JSON.stringify(context))); },
    enableTheming: enableTheming,
    navigate: navigate,
    reload: function () { window.top.location.reload(); return Promise.resolve(); },
  };
${BRIDGE_MODAL_PART}
${BRIDGE_HISTORY_PART}

  window.__bridge = {
    callBridge: function (command, payload) {
      // An own property only: \`commands['constructor']\` would otherwise run Object itself.
      var run = Object.prototype.hasOwnProperty.call(commands, command) ? commands[command] : null;
      if (!run) return Promise.reject(new Error('The local Forge stand-in does not implement "' + command + '"'));
      return run(payload);
    },
  };

  // Forge sizes panel iframes to their content; the host page listens for this.
  // The body's own height: the document's scroll height never shrinks below the frame's.
  function reportHeight() {
    window.parent.postMessage({ type: 'product-lens:height', height: Math.ceil(document.body.getBoundingClientRect().height) }, window.location.origin);
  }
  if (window.parent !== window && typeof ResizeObserver === 'function') {
    document.addEventListener('DOMContentLoaded', function () { new ResizeObserver(reportHeight).observe(document.body); });
  }
})();
`;
