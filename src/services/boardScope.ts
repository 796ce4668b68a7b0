import type { BoardScope } from '../domain/facts';
import type { JiraClient } from '../jira/client';
import { getFilter } from '../jira/platform';
import { searchIssueIds } from '../jira/search';

/** A filter's JQL without its ORDER BY clause, which a board uses for ranking only. */
export function withoutOrderBy(jql: string): string {
  return jql.replace(/\border\s+by\b[\s\S]*$/i, '').trim();
}

/**
 * Project keys are upper case as Jira stores them; a token in any other case may be a project's name,
 * which JQL also accepts, so such a filter is read as a query instead of being taken for keys.
 */
const KEY = /^"?([A-Z][A-Z0-9_]+)"?$/;

function keysOf(tokens: readonly string[]): string[] | null {
  const keys: string[] = [];
  for (const token of tokens) {
    const match = KEY.exec(token.trim());
    if (match?.[1] === undefined) return null;
    keys.push(match[1]);
  }
  return keys.length === 0 ? null : [...new Set(keys)].sort();
}

/**
 * The projects a filter's query (its JQL without ORDER BY) names when it names nothing else
 * (`project = PAY`, `project in (PAY, GRT)`); null for any other query.
 *
 * @example projectsOfQuery('project in (PAY, GRT)') // ['GRT', 'PAY']
 */
function projectsOfQuery(clause: string): string[] | null {
  const single = /^project\s*=\s*(\S+)$/i.exec(clause);
  if (single?.[1] !== undefined) return keysOf([single[1]]);
  const list = /^project\s+in\s*\(([^()]*)\)$/i.exec(clause);
  return list?.[1] === undefined ? null : keysOf(list[1].split(','));
}

/**
 * Which issues a board holds (docs/METRICS.md, Velocity: the standard issues its filter matches): its
 * filter read from Jira, kept as projects when it names only projects, else as the ids it matches now.
 * A board without a filter in its configuration holds its own project, as a new board's filter does.
 */
export async function loadBoardScope(jira: JiraClient, filterId: string | undefined, ownProject: string): Promise<BoardScope> {
  if (filterId === undefined) return { kind: 'projects', projectKeys: [ownProject] };
  const query = withoutOrderBy((await getFilter(jira, filterId)).jql);
  const projectKeys = projectsOfQuery(query);
  if (projectKeys !== null) return { kind: 'projects', projectKeys };
  const matching = query === '' ? '' : `(${query}) AND `;
  return { kind: 'query', jql: query, issueIds: await searchIssueIds(jira, `${matching}issuetype in standardIssueTypes() ORDER BY id ASC`) };
}
