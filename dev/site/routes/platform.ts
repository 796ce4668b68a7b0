import type { FixtureProject } from '../fixture';
import { HttpError, intParam, listParam, ok, type RequestContext, type Route } from '../http';
import { offsetPage } from '../paging';
import { fullProjectBean, projectBean, statusBean, userBean, versionBean } from '../render';

/** Routes of the platform API about the site itself: server info, the caller, fields, statuses, projects. */
const PROJECT_PAGE_MAX = 50;

function serverInfo(ctx: RequestContext) {
  const { fixture } = ctx.view;
  return ok({
    baseUrl: ctx.baseUrl,
    displayUrl: ctx.baseUrl,
    deploymentType: 'Cloud',
    serverTime: fixture.now,
    serverTimeZone: fixture.timeZone,
  });
}

/** The project a path names by id or key; 404 with Jira's message when missing or not browsable. */
export function projectFromPath(ctx: RequestContext): FixtureProject {
  const idOrKey = ctx.params['projectIdOrKey'] ?? '';
  const project = ctx.view.project(idOrKey);
  if (project) return project;
  const by = /^\d+$/.test(idOrKey) ? 'id' : 'key';
  throw new HttpError(404, `No project could be found with ${by} '${idOrKey}'.`);
}

type ProjectOrder = (a: FixtureProject, b: FixtureProject) => number;

const PROJECT_ORDERS: Readonly<Record<string, ProjectOrder>> = {
  key: (a, b) => a.key.localeCompare(b.key),
  name: (a, b) => a.name.localeCompare(b.name),
  id: (a, b) => Number(a.id) - Number(b.id),
};

function projectOrder(orderBy: string | null): ProjectOrder {
  const raw = orderBy ?? 'key';
  const descending = raw.startsWith('-');
  const order = PROJECT_ORDERS[raw.replace(/^[-+]/, '')];
  if (!order) throw new HttpError(400, `Invalid orderBy value '${raw}'. Valid values are key, name and id, optionally prefixed with + or -.`);
  return descending ? (a, b) => order(b, a) : order;
}

function projectSearch(ctx: RequestContext) {
  const { query } = ctx;
  const startAt = intParam(query, 'startAt', { fallback: 0 });
  const maxResults = intParam(query, 'maxResults', { fallback: PROJECT_PAGE_MAX, cap: PROJECT_PAGE_MAX });
  const keys = listParam(query, 'keys')?.map((key) => key.toUpperCase());
  const ids = listParam(query, 'id');
  const text = query.get('query')?.toLowerCase();
  const typeKey = listParam(query, 'typeKey');
  const projects = ctx.view
    .projects()
    .filter((p) => (keys ? keys.includes(p.key) : true) && (ids ? ids.includes(p.id) : true))
    .filter((p) => (text ? p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text) : true))
    .filter((p) => (typeKey ? typeKey.includes(p.projectTypeKey) : true))
    .sort(projectOrder(query.get('orderBy')));
  const page = offsetPage(
    projects.map((p) => projectBean(p, ctx.baseUrl)),
    startAt,
    maxResults,
  );
  const self = ctx.url.href;
  if (page.isLast) return ok({ self, ...page });
  const next = new URL(self);
  next.searchParams.set('startAt', String(startAt + maxResults));
  next.searchParams.set('maxResults', String(maxResults));
  return ok({ self, nextPage: next.toString(), ...page });
}

/** The levels a project's issues may carry: the emulator's site has one scheme, so the site's levels the user holds. */
function securityLevels(ctx: RequestContext) {
  projectFromPath(ctx);
  const levels = ctx.view.securityLevels().map((level) => ({
    self: `${ctx.baseUrl}/rest/api/3/securitylevel/${level.id}`,
    id: level.id,
    description: level.description,
    name: level.name,
  }));
  return ok({ levels });
}

/**
 * `GET /rest/api/3/user?accountId=…`: a user of the site, as Jira answers it (404 for an account that
 * is not one, 400 without `accountId`). Anyone signed in may look a user up.
 */
function userByAccountId(ctx: RequestContext) {
  const accountId = ctx.query.get('accountId');
  if (accountId === null || accountId === '') throw new HttpError(400, 'The accountId query parameter needs to be provided.');
  const user = ctx.view.index.userById.get(accountId);
  if (user === undefined) throw new HttpError(404, `Specified user does not exist or you do not have required permissions`);
  return ok(userBean(user, ctx.baseUrl));
}

export const platformRoutes: readonly Route[] = [
  { method: 'GET', template: '/rest/api/3/serverInfo', handler: serverInfo },
  { method: 'GET', template: '/rest/api/3/user', handler: userByAccountId },
  { method: 'GET', template: '/rest/api/3/myself', handler: (ctx) => ok(userBean(ctx.view.user, ctx.baseUrl, ctx.view.isApp ? 'app' : 'atlassian')) },
  { method: 'GET', template: '/rest/api/3/field', handler: (ctx) => ok(ctx.view.fixture.fields) },
  { method: 'GET', template: '/rest/api/3/status', handler: (ctx) => ok(ctx.view.fixture.statuses.map((s) => statusBean(s, ctx.baseUrl))) },
  { method: 'GET', template: '/rest/api/3/project/search', handler: projectSearch },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}', handler: (ctx) => ok(fullProjectBean(projectFromPath(ctx), ctx.view, ctx.baseUrl)) },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/securitylevel', handler: securityLevels },
  {
    method: 'GET',
    template: '/rest/api/3/project/{projectIdOrKey}/versions',
    handler: (ctx) => ok(ctx.view.versions(projectFromPath(ctx).id).map((v) => versionBean(v, ctx.view, ctx.baseUrl))),
  },
];
