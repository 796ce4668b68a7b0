import type { JiraClient } from './client';
import { bulkChangelogPageSchema, searchIdPageSchema, searchPageSchema, type ChangeHistory, type SearchIssue } from './models';
import { collectPages } from './pagination';
import { pagesByToken } from './pagination';

/** Jira Cloud's page sizes: 100 issues a search page with fields, 5000 with ids only; 1000 issues a changelog call. */
export const SEARCH_PAGE_SIZE = 100;
export const SEARCH_ID_PAGE_SIZE = 5000;
export const CHANGELOG_ISSUES_PER_CALL = 1000;
export const CHANGELOG_FIELDS_PER_CALL = 10;

export interface JqlSearch {
  jql: string;
  fields: readonly string[];
  properties?: readonly string[];
}

/**
 * POST /rest/api/3/search/jql, page by page (`nextPageToken`). POST keeps long JQL out of the URL.
 * (Jira Cloud removed the older search endpoint without `/jql`; it is never used.)
 */
export function searchIssuePages(jira: JiraClient, search: JqlSearch): AsyncGenerator<readonly SearchIssue[]> {
  return pagesByToken(async (nextPageToken) => {
    const page = await jira.request(
      {
        method: 'POST',
        path: '/rest/api/3/search/jql',
        body: {
          jql: search.jql,
          fields: search.fields,
          properties: search.properties,
          maxResults: SEARCH_PAGE_SIZE,
          nextPageToken,
        },
      },
      searchPageSchema,
    );
    return { items: page.issues, nextPageToken: page.nextPageToken };
  });
}

/**
 * The ids of every issue a query matches, 5000 a page: a cheap first pass that lets the caller then
 * read the issues' fields in parallel batches instead of one page after another.
 */
export function searchIssueIds(jira: JiraClient, jql: string): Promise<string[]> {
  return collectPages(
    pagesByToken(async (nextPageToken) => {
      const page = await jira.request(
        { method: 'POST', path: '/rest/api/3/search/jql', body: { jql, fields: ['id'], maxResults: SEARCH_ID_PAGE_SIZE, nextPageToken } },
        searchIdPageSchema,
      );
      return { items: page.issues.map((issue) => issue.id), nextPageToken: page.nextPageToken };
    }),
  );
}

export interface IssueChangeHistories {
  issueId: string;
  histories: ChangeHistory[];
}

/**
 * POST /rest/api/3/changelog/bulkfetch for up to 1000 issues, every page, filtered to `fieldIds`
 * (at most 10). Unlike `expand=changelog` it does not truncate long histories. A page may split one
 * issue's histories, so they are merged per issue.
 */
export async function bulkFetchChangelogs(jira: JiraClient, issueIds: readonly string[], fieldIds: readonly string[]): Promise<IssueChangeHistories[]> {
  if (issueIds.length > CHANGELOG_ISSUES_PER_CALL)
    throw new RangeError(`bulkFetchChangelogs takes at most ${CHANGELOG_ISSUES_PER_CALL} issues, got ${issueIds.length}`);
  if (fieldIds.length > CHANGELOG_FIELDS_PER_CALL)
    throw new RangeError(`bulkFetchChangelogs takes at most ${CHANGELOG_FIELDS_PER_CALL} field ids, got ${fieldIds.length}`);
  if (issueIds.length === 0) return [];
  const byIssue = new Map<string, ChangeHistory[]>();
  const pages = pagesByToken(async (nextPageToken) => {
    const page = await jira.request(
      {
        method: 'POST',
        path: '/rest/api/3/changelog/bulkfetch',
        body: { issueIdsOrKeys: issueIds, fieldIds, maxResults: 10000, nextPageToken },
      },
      bulkChangelogPageSchema,
    );
    return { items: page.issueChangeLogs, nextPageToken: page.nextPageToken };
  });
  for await (const logs of pages) {
    for (const log of logs) byIssue.set(log.issueId, [...(byIssue.get(log.issueId) ?? []), ...log.changeHistories]);
  }
  return [...byIssue].map(([issueId, histories]) => ({ issueId, histories }));
}
