import type { FixtureSprint } from '../fixture';
import { listParam, ok, type Reply, type RequestContext } from '../http';
import { issueBean, selectFields } from '../issueBean';
import { searchJql } from '../jql';
import { pageParams } from './agileCommon';

/**
 * The issues whose Sprint field holds the sprint now (not those that left it), optionally narrowed by
 * `jql`, in id order (the fixture has no rank), offset-paged.
 */
export function sprintIssues(ctx: RequestContext, sprint: FixtureSprint): Reply {
  const { query, view } = ctx;
  const { startAt, maxResults } = pageParams(ctx);
  const jql = query.get('jql');
  const candidates = jql === null || jql.trim() === '' ? view.issues() : searchJql(jql, view, { requireRestriction: false });
  const issues = candidates.filter((issue) => view.sprintIdsOf(issue).includes(sprint.id));
  const selection = selectFields(listParam(query, 'fields') ?? ['*navigable']);
  const page = issues
    .slice(startAt, startAt + maxResults)
    .map((issue) => issueBean(issue, { selection, self: `${ctx.baseUrl}/rest/agile/1.0/issue/${issue.id}`, idOnlyAllowed: false }));
  return ok({ expand: 'schema,names', startAt, maxResults, total: issues.length, issues: page });
}
