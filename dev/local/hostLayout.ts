import type { FixtureUser, SiteFixture } from '../site/fixture';
import { html, raw, type Html } from './html';
import { HOST_MODAL_SCRIPT, HOST_MODAL_STYLES } from './hostModal';
import type { HostSession } from './session';
import { THEME_ATTRIBUTE } from './themes';

/** The host's own look: Atlassian token variables, so the switch to dark covers the host too. */
const HOST_STYLES = `
  body { margin: 0; font: var(--ds-font-body); color: var(--ds-text); background: var(--ds-surface-sunken); }
  a { color: var(--ds-link); }
  header { display: flex; flex-wrap: wrap; gap: var(--ds-space-200); align-items: center; padding: var(--ds-space-150) var(--ds-space-300);
    background: var(--ds-surface); border-bottom: var(--ds-border-width) solid var(--ds-border); }
  header .brand { font: var(--ds-font-heading-small); }
  header nav { display: flex; gap: var(--ds-space-200); flex: 1; }
  header form { display: flex; gap: var(--ds-space-100); align-items: center; }
  select, button { font: var(--ds-font-body); color: var(--ds-text); background: var(--ds-background-input); border: var(--ds-border-width) solid var(--ds-border-input); border-radius: var(--ds-radius-small); padding: var(--ds-space-050); }
  main { padding: var(--ds-space-300); display: flex; flex-direction: column; gap: var(--ds-space-200); }
  .card { background: var(--ds-surface); border: var(--ds-border-width) solid var(--ds-border); border-radius: var(--ds-radius-medium); padding: var(--ds-space-200); }
  .crumbs { color: var(--ds-text-subtle); }
  .tabs { display: flex; gap: var(--ds-space-200); border-bottom: var(--ds-border-width) solid var(--ds-border); padding-bottom: var(--ds-space-100); }
  .tabs .current { font-weight: var(--ds-font-weight-bold); color: var(--ds-text-selected); }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: var(--ds-space-075) var(--ds-space-100); border-bottom: var(--ds-border-width) solid var(--ds-border); }
  .subtle { color: var(--ds-text-subtle); }
  .issue { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr); gap: var(--ds-space-300); align-items: start; }
  iframe.app-frame { display: block; width: 100%; border: 0; min-height: var(--ds-space-1000); }
  .simulate { display: flex; gap: var(--ds-space-100); align-items: center; flex-wrap: wrap; }
  .simulate output { font: var(--ds-font-body-small); color: var(--ds-text-subtle); overflow-wrap: anywhere; max-width: 60ch; }
`;

/**
 * Sizes frames to their content (the bridge stand-in reports it), submits the switches, and runs the
 * "Simulate a day of work" button: POST /__local/simulate-day, then its JSON summary in the message.
 */
const HOST_SCRIPT = `
  (function () {
    var button = document.getElementById('simulate-day');
    var result = document.getElementById('simulate-day-result');
    if (!button || !result) return;
    function say(text) { result.textContent = text; }
    // "A day of work to 16 Nov: 6 changes (PAY-250 moved into sprint …; …). The figures refresh from Jira’s events."
    function describeDay(day) {
      var changes = Array.isArray(day.changes) ? day.changes : [];
      var when = new Date(day.now).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
      var shown = changes.slice(0, 3).map(function (change) { return (change.issueKey || 'sprint ' + change.sprintId) + ' ' + change.what; });
      var more = changes.length > 3 ? '; and ' + (changes.length - 3) + ' more' : '';
      var count = changes.length === 1 ? '1 change' : changes.length + ' changes';
      return 'A day of work to ' + when + ': ' + count + (shown.length > 0 ? ' (' + shown.join('; ') + more + ')' : '') + '. The figures refresh from Jira’s events.';
    }
    button.addEventListener('click', function () {
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      say('Simulating a day of work…');
      fetch('/__local/simulate-day', { method: 'POST', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (response.status === 404 || response.status === 405) return say('Simulating a day is not available on this local site.');
          return response.text().then(function (text) {
            if (!response.ok) return say('Simulating a day failed (' + response.status + '): ' + text);
            say(describeDay(JSON.parse(text)));
          });
        })
        .catch(function (error) { say('Could not reach the local site: ' + error.message); })
        .finally(function () { button.disabled = false; button.removeAttribute('aria-busy'); });
    });
  })();
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data || event.data.type !== 'product-lens:height') return;
    document.querySelectorAll('iframe.app-frame').forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = Math.max(event.data.height, 120) + 'px';
    });
  });
`;

/** "PAY: browse, edit · BEN: browse", or "no project access". */
export function describePermissions(user: FixtureUser): string {
  const short: Record<string, string> = { BROWSE_PROJECTS: 'browse', EDIT_ISSUES: 'edit', ADMINISTER_PROJECTS: 'administer' };
  const projects = Object.entries(user.permissions).filter(([, held]) => held.length > 0);
  if (projects.length === 0) return 'no project access';
  return projects.map(([key, held]) => `${key}: ${held.map((p) => short[p] ?? p.toLowerCase()).join(', ')}`).join(' · ');
}

function switches(session: HostSession, fixture: SiteFixture, back: string): Html {
  const options = fixture.users.map(
    (user) =>
      html`<option value="${user.accountId}" title="${describePermissions(user)}" ${user.accountId === session.user.accountId ? raw(' selected') : ''}>
        ${user.displayName}${user.siteAdmin ? ' (site admin)' : ''}
      </option>`,
  );
  const theme = (mode: string) => html`<option value="${mode}" ${session.colorMode === mode ? raw(' selected') : ''}>${mode}</option>`;
  return html`<form method="get" action="/switch" aria-label="Acting user and theme">
    <input type="hidden" name="back" value="${back}" />
    <label for="switch-user">Acting as</label>
    <select id="switch-user" name="user" data-autosubmit>
      ${options}
    </select>
    <label for="switch-theme">Theme</label>
    <select id="switch-theme" name="theme" data-autosubmit>
      ${theme('light')}${theme('dark')}
    </select>
    <noscript><button type="submit">Switch</button></noscript>
  </form>`;
}

/** A whole host page: Jira-like top bar with navigation and the user and theme switches. */
export function hostPage(title: string, session: HostSession, fixture: SiteFixture, back: string, body: Html): string {
  return html`<!doctype html>
    <html lang="en" data-theme="${THEME_ATTRIBUTE}" data-color-mode="${session.colorMode}" style="color-scheme: ${session.colorMode}">
      <head>
        <meta charset="utf-8" />
        <title>${title} · Product Lens (local)</title>
        <link rel="stylesheet" href="/__bridge/themes.css" />
        <style>
          ${raw(HOST_STYLES)}
          ${raw(HOST_MODAL_STYLES)}
        </style>
      </head>
      <body>
        <header>
          <span class="brand">Product Lens · local Jira</span>
          <nav aria-label="Site"><a href="/projects">Projects</a><a href="/portfolio">Portfolio review</a></nav>
          <div class="simulate">
            <button type="button" id="simulate-day" aria-describedby="simulate-day-result">Simulate a day of work</button>
            <output id="simulate-day-result" role="status" aria-live="polite"></output>
          </div>
          ${switches(session, fixture, back)}
        </header>
        <main>${body}</main>
        <script>
          ${raw(HOST_SCRIPT)};
          ${raw(HOST_MODAL_SCRIPT)};
        </script>
      </body>
    </html>`.text;
}
