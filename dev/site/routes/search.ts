import { z } from 'zod';
import { HttpError, INVALID_PAYLOAD, boundedInt, jsonBody, listParam, ok, splitList, type RequestContext, type Route } from '../http';
import { asksIdsOrKeysOnly, issueBean, selectFields } from '../issueBean';
import { searchJql } from '../jql';
import { requestHash, tokenPage } from '../paging';

/** `/rest/api/3/search/jql`, GET and POST: JQL search paged by `nextPageToken`. */
export const SEARCH_DEFAULT_PAGE = 50;
/** Issues a page when any field other than id/key is asked for. */
export const SEARCH_PAGE_MAX = 100;
/** Issues a page when only ids or keys are asked for. */
export const SEARCH_ID_PAGE_MAX = 5000;
export const SEARCH_PROPERTIES_MAX = 5;

interface SearchRequest {
  jql: string;
  nextPageToken?: string;
  maxResults?: number | string;
  fields?: string[];
  properties?: string[];
}

/** The POST body: Jira's SearchAndReconcileRequestBean, which allows no other keys. */
const searchBody = z.strictObject({
  jql: z.string().optional(),
  nextPageToken: z.string().optional(),
  maxResults: z.number().int().optional(),
  fields: z.array(z.string()).optional(),
  properties: z.array(z.string()).optional(),
  expand: z.string().optional(),
  fieldsByKeys: z.boolean().optional(),
  reconcileIssues: z.array(z.number().int()).optional(),
});

/** Turns a zod failure on a request body into Jira's 400, naming the key and what was wrong. */
export function badPayload(error: z.ZodError): HttpError {
  const [issue] = error.issues;
  if (issue?.code === 'unrecognized_keys') return new HttpError(400, `${INVALID_PAYLOAD} Unrecognized field "${issue.keys.join('", "')}".`);
  const where = issue ? issue.path.map(String).join('.') : 'body';
  return new HttpError(400, `${INVALID_PAYLOAD} ${where}: ${issue?.message ?? 'invalid'}`, issue ? { [where]: issue.message } : {});
}

function search(ctx: RequestContext, request: SearchRequest) {
  const selection = selectFields(request.fields ?? ['id']);
  const properties = request.properties && request.properties.length > 0 ? request.properties : undefined;
  if (properties && properties.length > SEARCH_PROPERTIES_MAX) {
    throw new HttpError(400, `At most ${SEARCH_PROPERTIES_MAX} issue properties can be requested; got ${properties.length}.`);
  }
  const cap = asksIdsOrKeysOnly(selection) && !properties ? SEARCH_ID_PAGE_MAX : SEARCH_PAGE_MAX;
  const size = boundedInt(request.maxResults, 'maxResults', { fallback: SEARCH_DEFAULT_PAGE, min: 1, cap });
  const issues = ctx.view.index.cachedSearch(ctx.view.user.accountId, request.jql, () => searchJql(request.jql, ctx.view, { requireRestriction: true }));
  const page = tokenPage(issues, request.nextPageToken, requestHash(['search/jql', request.jql]), size);
  const beans = page.items.map((issue) =>
    issueBean(issue, { selection, properties, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}`, idOnlyAllowed: true }),
  );
  return ok(page.nextPageToken === undefined ? { issues: beans, isLast: true } : { issues: beans, nextPageToken: page.nextPageToken, isLast: false });
}

function searchGet(ctx: RequestContext) {
  const { query } = ctx;
  return search(ctx, {
    jql: query.get('jql') ?? '',
    nextPageToken: query.get('nextPageToken') ?? undefined,
    maxResults: query.get('maxResults') ?? undefined,
    fields: listParam(query, 'fields'),
    properties: listParam(query, 'properties'),
  });
}

function searchPost(ctx: RequestContext) {
  const parsed = searchBody.safeParse(jsonBody(ctx));
  if (!parsed.success) throw badPayload(parsed.error);
  const body = parsed.data;
  return search(ctx, {
    jql: body.jql ?? '',
    nextPageToken: body.nextPageToken,
    maxResults: body.maxResults,
    fields: body.fields ? splitList(body.fields) : undefined,
    properties: body.properties ? splitList(body.properties) : undefined,
  });
}

export const searchRoutes: readonly Route[] = [
  { method: 'GET', template: '/rest/api/3/search/jql', handler: searchGet },
  { method: 'POST', template: '/rest/api/3/search/jql', handler: searchPost },
];
