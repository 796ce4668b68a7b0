import type { FixtureIssue, FixtureProject, FixtureUser } from '../site/fixture';
import { html, type Html } from './html';
import { describePermissions } from './hostLayout';

/** The page bodies of the local Jira-like site; `hostPage` wraps each in the top bar. */

function frame(title: string, src: string, initialHeight: string): Html {
  return html`<iframe class="app-frame" title="${title}" src="${src}" style="height: ${initialHeight}"></iframe>`;
}

export function projectsBody(projects: readonly FixtureProject[], actor: FixtureUser, users: readonly FixtureUser[]): Html {
  const rows = projects.map(
    (project) =>
      html`<tr>
        <td>${project.key}</td>
        <td>${project.name}</td>
        <td><a href="/projects/${project.key}/product">Product tab</a> · <a href="/projects/${project.key}/epics">Epics</a></td>
      </tr>`,
  );
  const people = users.map(
    (user) =>
      html`<tr>
        <td>${user.displayName}${user.siteAdmin ? ' (site admin)' : ''}</td>
        <td>${describePermissions(user)}</td>
      </tr>`,
  );
  const list =
    projects.length === 0
      ? html`<p>${actor.displayName} cannot browse any project. Switch the acting user above to see what others see.</p>`
      : html`<table>
          <caption class="subtle">
            Projects ${actor.displayName} can browse
          </caption>
          <thead>
            <tr>
              <th>Key</th>
              <th>Name</th>
              <th>Open</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>`;
  return html`<h1>Projects</h1>
    <section class="card">${list}</section>
    <section class="card">
      <h2>People on this site</h2>
      <p class="subtle">Switch the acting user in the top bar; Jira (the local site) applies their permissions to every request.</p>
      <table>
        <thead>
          <tr>
            <th>User</th>
            <th>Project permissions</th>
          </tr>
        </thead>
        <tbody>
          ${people}
        </tbody>
      </table>
    </section>`;
}

function projectTabs(project: FixtureProject, current: 'product' | 'epics'): Html {
  const tab = (key: 'product' | 'epics', label: string) =>
    key === current ? html`<span class="current" aria-current="page">${label}</span>` : html`<a href="/projects/${project.key}/${key}">${label}</a>`;
  return html`<p class="crumbs"><a href="/projects">Projects</a> / ${project.name}</p>
    <nav class="tabs" aria-label="Project">${tab('epics', 'Epics')}${tab('product', 'Product')}</nav>`;
}

export function productTabBody(project: FixtureProject): Html {
  return html`${projectTabs(project, 'product')} ${frame('Product', `/frames/product-page/?project=${encodeURIComponent(project.key)}`, '600px')}`;
}

export function epicsBody(project: FixtureProject, epics: readonly FixtureIssue[]): Html {
  const rows = epics.map(
    (epic) =>
      html`<tr>
        <td><a href="/browse/${epic.key}">${epic.key}</a></td>
        <td>${epic.fields.summary}</td>
        <td>${epic.fields.status.name}</td>
        <td>${epic.fields.labels.join(', ')}</td>
      </tr>`,
  );
  const table =
    epics.length === 0
      ? html`<p>This project has no epics.</p>`
      : html`<table>
          <thead>
            <tr>
              <th>Epic</th>
              <th>Summary</th>
              <th>Status</th>
              <th>Labels</th>
            </tr>
          </thead>
          <tbody>
            ${rows}
          </tbody>
        </table>`;
  return html`${projectTabs(project, 'epics')}
    <section class="card">${table}</section>`;
}

export function issueBody(project: FixtureProject, issue: FixtureIssue): Html {
  const { fields } = issue;
  const isEpic = fields.issuetype.hierarchyLevel === 1;
  const panel = isEpic
    ? html`<section class="card" aria-label="Product work category">
        <h2>Product work category</h2>
        ${frame('Product work category', `/frames/epic-panel/?issue=${encodeURIComponent(issue.key)}`, '240px')}
      </section>`
    : html`<section class="card subtle">The Product work category panel shows on epics only (manifest display condition).</section>`;
  return html`<p class="crumbs"><a href="/projects">Projects</a> / <a href="/projects/${project.key}/epics">${project.name}</a> / ${issue.key}</p>
    <div class="issue">
      <section class="card">
        <h1>${fields.summary}</h1>
        <p class="subtle">${issue.key} · ${fields.issuetype.name} · ${fields.status.name}</p>
        <p>Labels: ${fields.labels.length === 0 ? 'none' : fields.labels.join(', ')}</p>
      </section>
      ${panel}
    </div>`;
}

export function portfolioBody(): Html {
  return frame('Portfolio review', '/frames/portfolio-page/', '480px');
}

export function messageBody(title: string, message: string): Html {
  return html`<section class="card">
    <h1>${title}</h1>
    <p>${message}</p>
    <p><a href="/projects">Back to projects</a></p>
  </section>`;
}
