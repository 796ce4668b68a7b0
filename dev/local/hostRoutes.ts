import type { IncomingMessage, ServerResponse } from 'node:http';
import type { createResolverHandler } from '../../src/resolvers/registry';
import type { SiteIndex } from '../site/siteView';
import { BRIDGE_CLIENT_SCRIPT } from './bridgeClient';
import { bodyTooLarge, FORGE_INVOKE_MAX_BYTES, invokeResolver } from './bridgeEndpoint';
import { serveFrame } from './frameRoutes';
import { hostPage } from './hostLayout';
import { epicsBody, issueBody, messageBody, portfolioBody, productTabBody, projectsBody } from './hostPages';
import { readBody, redirect, send, sendHtml, sendJson } from './http';
import { returnPath, sessionFrom, switchCookies, type HostSession } from './session';
import { themeStylesheet } from './themes';

export interface HostContext {
  index: SiteIndex;
  /** "Simulate a day of work": a day of a team's writes on the local Jira site, whose events refresh the figures. */
  simulateDay(): unknown;
  handler: ReturnType<typeof createResolverHandler>;
  /** This site's own address, as frames see it (`siteUrl` in their context). */
  siteUrl: () => string;
}

type PageRoute = (
  match: RegExpExecArray,
  session: HostSession,
  context: HostContext,
  url: URL,
) => { status: number; title: string; body: ReturnType<typeof messageBody> };

const notFound = (what: string) => ({
  status: 404,
  title: 'Not found',
  body: messageBody('Not found', `${what} does not exist, or you do not have permission to see it.`),
});

/** The Jira-like pages, by path; each reads the site as the acting user sees it. */
const PAGES: [RegExp, PageRoute][] = [
  [
    /^\/projects\/?$/,
    (_, session, { index }) => ({
      status: 200,
      title: 'Projects',
      body: projectsBody(index.viewFor(session.user).projects(), session.user, index.fixture.users),
    }),
  ],
  [
    // The Product tab and its sections' own paths (`view.createHistory()`: /projects/PAY/product/risks).
    /^\/projects\/([^/]+)\/product(?:\/[a-z-]+)?$/,
    ([, key = ''], session, { index }) => {
      const project = index.viewFor(session.user).project(key);
      return project ? { status: 200, title: `${project.name}: Product`, body: productTabBody(project) } : notFound(`Project ${key}`);
    },
  ],
  [
    /^\/projects\/([^/]+)\/epics$/,
    ([, key = ''], session, { index }) => {
      const view = index.viewFor(session.user);
      const project = view.project(key);
      if (!project) return notFound(`Project ${key}`);
      const epics = view.issues().filter((issue) => issue.fields.project.id === project.id && issue.fields.issuetype.hierarchyLevel === 1);
      return { status: 200, title: `${project.name}: Epics`, body: epicsBody(project, epics) };
    },
  ],
  [
    /^\/browse\/([^/]+)$/,
    ([, key = ''], session, { index }) => {
      const view = index.viewFor(session.user);
      const issue = view.issue(key);
      const project = issue && view.project(issue.fields.project.key);
      return issue && project ? { status: 200, title: `${issue.key}: ${issue.fields.summary}`, body: issueBody(project, issue) } : notFound(`Issue ${key}`);
    },
  ],
  [/^\/portfolio\/?$/, () => ({ status: 200, title: 'Portfolio review', body: portfolioBody() })],
];

async function serveBridge(req: IncomingMessage, res: ServerResponse, url: URL, context: HostContext): Promise<boolean> {
  if (url.pathname === '/__bridge/invoke' && req.method === 'POST') {
    const body = await readBody(req, FORGE_INVOKE_MAX_BYTES);
    const reply = body.kind === 'too-large' ? bodyTooLarge(body.bytes) : await invokeResolver(context.handler, body.text);
    sendJson(res, reply.status, reply.body);
  } else if (url.pathname === '/__local/simulate-day' && req.method === 'POST') sendJson(res, 200, context.simulateDay());
  else if (url.pathname === '/__bridge/bridge.js') send(res, 200, 'text/javascript; charset=utf-8', BRIDGE_CLIENT_SCRIPT);
  else if (url.pathname === '/__bridge/themes.css') send(res, 200, 'text/css; charset=utf-8', themeStylesheet(), { 'Cache-Control': 'public, max-age=3600' });
  else return false;
  return true;
}

/** Every request of the local site: the bridge, frames, switches and the Jira-like pages. */
export async function handleHostRequest(req: IncomingMessage, res: ServerResponse, context: HostContext): Promise<void> {
  const url = new URL(req.url ?? '/', context.siteUrl());
  if (await serveBridge(req, res, url, context)) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { error: `${String(req.method)} is not served here` });
    return;
  }
  const session = sessionFrom(req.headers.cookie, context.index.fixture);
  if (url.pathname === '/') {
    redirect(res, '/projects');
    return;
  }
  if (url.pathname === '/favicon.ico') {
    send(res, 204, 'image/x-icon', '');
    return;
  }
  if (url.pathname === '/switch') {
    redirect(res, returnPath(url.searchParams), switchCookies(url.searchParams, context.index.fixture));
    return;
  }
  if (url.pathname.startsWith('/frames/')) {
    serveFrame(res, url, session, context.index.viewFor(session.user), context.siteUrl());
    return;
  }
  const here = `${url.pathname}${url.search}`;
  for (const [pattern, page] of PAGES) {
    const match = pattern.exec(url.pathname);
    if (match === null) continue;
    const { status, title, body } = page(match, session, context, url);
    sendHtml(res, status, hostPage(title, session, context.index.fixture, here, body));
    return;
  }
  sendHtml(res, 404, hostPage('Not found', session, context.index.fixture, here, messageBody('Not found', `Nothing is served at ${url.pathname}.`)));
}
