import { HttpError, ok, type RequestContext, type Route } from '../http';
import { boardFilter } from './boardConfiguration';

/**
 * `GET /rest/api/3/filter/{id}`: the site's only filters are its boards' (the fixture's `filter`, else
 * the default one a new board gets). A filter exists for whoever can see its board.
 */
function getFilter(ctx: RequestContext) {
  const id = ctx.params['id'] ?? '';
  const filter = ctx.view
    .boards()
    .map(boardFilter)
    .find((f) => f.id === id);
  if (!filter) throw new HttpError(400, `The selected filter is not available to you, perhaps it has been deleted or had its permissions changed.`);
  const searchUrl = new URL('/rest/api/3/search/jql', ctx.baseUrl);
  searchUrl.searchParams.set('jql', filter.jql);
  return ok({ self: `${ctx.baseUrl}/rest/api/3/filter/${filter.id}`, id: filter.id, name: filter.name, jql: filter.jql, searchUrl: searchUrl.href });
}

export const filterRoutes: readonly Route[] = [{ method: 'GET', template: '/rest/api/3/filter/{id}', handler: getFilter }];
