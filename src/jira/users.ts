import { z } from 'zod';
import type { JiraClient } from './client';
import { offsetPageSchema } from './models';
import { collectPages, pagesByOffset } from './pagination';

/** A user as Jira answers it: only what the app shows. `displayName` may be hidden by the user's privacy settings. */
export const jiraUserSchema = z.object({
  accountId: z.string(),
  accountType: z.string().optional(),
  displayName: z.string().optional(),
  active: z.boolean().optional(),
  avatarUrls: z.object({ '48x48': z.string().optional() }).optional(),
});
export type JiraUser = z.infer<typeof jiraUserSchema>;

/**
 * GET /rest/api/3/user/search: users whose display name or email address starts with `query`, as
 * the caller may see them (no Browse users and groups permission: none).
 */
export function searchUsers(jira: JiraClient, query: string, maxResults: number): Promise<JiraUser[]> {
  return jira.request({ method: 'GET', path: '/rest/api/3/user/search', query: { query, maxResults } }, z.array(jiraUserSchema));
}

/** The most accounts Jira returns in one page of user/bulk. */
const BULK_PAGE = 50;
const userPage = offsetPageSchema(jiraUserSchema);

/** GET /rest/api/3/user/bulk, every page: the users among `accountIds` Jira knows (unknown ids are left out). */
export function getUsers(jira: JiraClient, accountIds: readonly string[]): Promise<JiraUser[]> {
  if (accountIds.length === 0) return Promise.resolve([]);
  return collectPages(
    pagesByOffset((startAt) =>
      jira.request({ method: 'GET', path: '/rest/api/3/user/bulk', query: { accountId: accountIds, startAt, maxResults: BULK_PAGE } }, userPage),
    ),
  );
}
