import { appUser } from '../auth';
import type { FixtureProject, FixtureUser } from '../fixture';
import { HttpError, intParam, listParam, ok, type RequestContext, type Route } from '../http';
import { offsetPage } from '../paging';
import { fullProjectBean, projectBean, statusBean, userBean, versionBean } from '../render';

/** Routes of the platform API about the site itself: server info, the caller, fields, statuses, projects. */
const PROJECT_PAGE_MAX = 50;
/** Jira's own caps on a page of users: search takes up to the thousandth user, bulk 200 a page. */
const USER_SEARCH_MAX = 1000;
const USER_BULK_MAX = 200;

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

/** Every account of the site as Jira lists users: the people, then the app's own account, as Jira lists apps too. */
function siteAccounts(ctx: RequestContext): { user: FixtureUser; type: 'atlassian' | 'app' }[] {
  const people = ctx.view.fixture.users.map((user) => ({ user, type: 'atlassian' as const }));
  return [...people, { user: appUser(ctx.view.fixture), type: 'app' }];
}

/** Jira matches a query against the start of the display name's words and of the email address. */
function matchesUser(user: FixtureUser, text: string): boolean {
  const words = user.displayName.toLowerCase().split(/[\s\-_.]+/);
  return (
    words.some((word) => word.startsWith(text)) ||
    user.displayName.toLowerCase().startsWith(text) ||
    (user.emailAddress?.toLowerCase().startsWith(text) ?? false)
  );
}

/**
 * `GET /rest/api/3/user/search?query=…`: the site's users matching `query`, a plain array in the
 * site's order (400 with neither `query` nor `accountId`, as Jira). Anyone signed in may browse users.
 */
function userSearch(ctx: RequestContext) {
  const { query } = ctx;
  const text = query.get('query')?.trim().toLowerCase() ?? '';
  const accountId = query.get('accountId') ?? '';
  if (text === '' && accountId === '') throw new HttpError(400, "One of 'accountId', 'query' or 'property' parameters must be provided.");
  const startAt = intParam(query, 'startAt', { fallback: 0 });
  const maxResults = intParam(query, 'maxResults', { fallback: 50, cap: USER_SEARCH_MAX });
  const users = siteAccounts(ctx).filter(({ user }) => (accountId === '' || user.accountId === accountId) && (text === '' || matchesUser(user, text)));
  return ok(users.slice(startAt, startAt + maxResults).map(({ user, type }) => userBean(user, ctx.baseUrl, type)));
}

/** `GET /rest/api/3/user/bulk?accountId=…&accountId=…`: a PageBean of the users Jira knows among them; unknown ids are left out. */
function userBulk(ctx: RequestContext) {
  const { query } = ctx;
  const accountIds = listParam(query, 'accountId');
  if (accountIds === undefined) throw new HttpError(400, 'The accountId query parameter needs to be provided.');
  const startAt = intParam(query, 'startAt', { fallback: 0 });
  const maxResults = intParam(query, 'maxResults', { fallback: 10, cap: USER_BULK_MAX });
  const wanted = new Set(accountIds);
  const users = siteAccounts(ctx)
    .filter(({ user }) => wanted.has(user.accountId))
    .map(({ user, type }) => userBean(user, ctx.baseUrl, type));
  const page = offsetPage(users, startAt, maxResults);
  if (page.isLast) return ok({ self: ctx.url.href, ...page });
  const next = new URL(ctx.url.href);
  next.searchParams.set('startAt', String(startAt + maxResults));
  return ok({ self: ctx.url.href, nextPage: next.toString(), ...page });
}

export const platformRoutes: readonly Route[] = [
  { method: 'GET', template: '/rest/api/3/serverInfo', handler: serverInfo },
  { method: 'GET', template: '/rest/api/3/user', handler: userByAccountId },
  { method: 'GET', template: '/rest/api/3/user/search', handler: userSearch },
  { method: 'GET', template: '/rest/api/3/user/bulk', handler: userBulk },
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
