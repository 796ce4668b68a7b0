/**
 * `view.createHistory()` for full-page modules, spliced into the bridge stand-in (`bridgeClient.ts`),
 * where `context`, `commands` and `hostPathOf` are in scope. As in Jira, the app's own path follows
 * the page's address: `/projects/PAY/product/risks` is `/risks` to the app. It answers with the
 * `history` v4 shape Forge's host gives (`listen(location, action)`), which `@forge/bridge` keeps
 * up to date.
 */
export const BRIDGE_HISTORY_PART = String.raw`
  function pageBase() {
    var project = context.extension && context.extension.project;
    return hostPathOf({ target: 'module', moduleKey: context.moduleKey, projectKey: project && project.key });
  }

  function createHistory() {
    var base = pageBase();
    if (base === null || context.extension.modal) return Promise.reject(new Error('The local host has no history for ' + context.moduleKey + ' here'));
    var top = window.top;
    var listeners = [];
    function current() {
      var path = top.location.pathname;
      var own = path.indexOf(base) === 0 ? path.slice(base.length) : '';
      return { pathname: own === '' ? '/' : own, search: top.location.search, hash: top.location.hash, state: top.history.state, key: String(top.history.length) };
    }
    function hrefOf(to) {
      var target = typeof to === 'string' ? { pathname: to } : to || {};
      var pathname = target.pathname || '/';
      if (pathname.charAt(0) !== '/') pathname = '/' + pathname;
      return (pathname === '/' ? base : base + pathname) + (target.search || '') + (target.hash || '');
    }
    function notify(action) {
      history.action = action;
      history.location = current();
      history.length = top.history.length;
      listeners.slice().forEach(function (listener) { listener(history.location, action); });
    }
    top.addEventListener('popstate', function () { notify('POP'); });
    var history = {
      action: 'POP', location: current(), length: top.history.length,
      createHref: hrefOf,
      push: function (to, state) { top.history.pushState(state === undefined ? null : state, '', hrefOf(to)); notify('PUSH'); },
      replace: function (to, state) { top.history.replaceState(state === undefined ? null : state, '', hrefOf(to)); notify('REPLACE'); },
      go: function (delta) { top.history.go(delta); },
      goBack: function () { top.history.back(); },
      goForward: function () { top.history.forward(); },
      block: function () { return function () {}; },
      listen: function (listener) {
        listeners.push(listener);
        return function () { listeners = listeners.filter(function (each) { return each !== listener; }); };
      },
    };
    return Promise.resolve(history);
  }

  commands.createHistory = createHistory;
`;
