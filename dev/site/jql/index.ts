import type { FixtureIssue } from '../fixture';
import type { SiteView } from '../siteView';
import { JqlError } from './errors';
import { compileWhere } from './evaluate';
import { comparatorFor } from './order';
import { parseJql } from './parser';

export { JqlError } from './errors';
export { parseJql } from './parser';
export { tokenize } from './lexer';
export type { JqlQuery, WhereNode, Operand, OrderItem } from './ast';

export const UNBOUNDED_MESSAGE = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

export interface JqlSearchOptions {
  /** `/rest/api/3/search/jql` rejects a query with no restriction; the agile endpoints do not. */
  requireRestriction: boolean;
}

/**
 * The issues a JQL query selects, in its order (`id ASC` when it gives none), among the issues the
 * view's user may browse. Throws a JqlError worded as Jira's for anything outside the subset.
 */
export function searchJql(jql: string, view: SiteView, options: JqlSearchOptions): FixtureIssue[] {
  const query = parseJql(jql);
  if (query.where === null && options.requireRestriction) throw new JqlError(UNBOUNDED_MESSAGE);
  const ctx = { view };
  const matches = query.where === null ? () => true : compileWhere(query.where, ctx);
  const compare = comparatorFor(query.orderBy, ctx);
  return view.issues().filter(matches).sort(compare);
}

/**
 * The issues a query's WHERE selects, its ORDER BY ignored (and never evaluated), in the site's order:
 * for callers that only count what a saved filter holds, as Jira's reports do with a board's filter.
 */
export function matchingIssues(jql: string, view: SiteView): FixtureIssue[] {
  const { where } = parseJql(jql);
  if (where === null) return view.issues();
  return view.issues().filter(compileWhere(where, { view }));
}
