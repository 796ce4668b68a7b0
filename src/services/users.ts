import type { JiraClient } from '../jira/client';
import { getUsers, searchUsers, type JiraUser } from '../jira/users';
import { USER_SEARCH_LIMIT, type SiteUser } from '../shared/users';

/**
 * Jira asked for twice the people a picker shows: apps, customers and deactivated accounts are
 * dropped after Jira answers, and the list should still fill up.
 */
const SEARCH_ASK = USER_SEARCH_LIMIT * 2;

function isActivePerson(user: JiraUser): user is JiraUser & { displayName: string } {
  return user.active === true && user.accountType === 'atlassian' && user.displayName !== undefined && user.displayName !== '';
}

function siteUserOf(user: JiraUser & { displayName: string }): SiteUser {
  const avatarUrl = user.avatarUrls?.['48x48'];
  return { accountId: user.accountId, displayName: user.displayName, ...(avatarUrl === undefined ? {} : { avatarUrl }) };
}

/**
 * Up to `USER_SEARCH_LIMIT` active people matching `query`, in Jira's order; none for a blank query,
 * without asking Jira.
 *
 * `GET /rest/api/3/user/search` rather than `user/picker`: search answers each user's `accountType`
 * and `active`, so apps, customers and deactivated accounts can be left out, while the picker's users
 * carry no `active` flag and it matches only within the first `maxResults` users of the site, so it
 * often answers fewer than it could.
 */
export async function findUsers(jira: JiraClient, query: string): Promise<SiteUser[]> {
  const text = query.trim();
  if (text === '') return [];
  const users = await searchUsers(jira, text, SEARCH_ASK);
  return users.filter(isActivePerson).slice(0, USER_SEARCH_LIMIT).map(siteUserOf);
}

/**
 * The display name of each of `accountIds` Jira knows, deactivated people included (an owner who left
 * is still named); ids Jira does not know, or whose name their privacy settings hide, are left out.
 */
export async function userNames(jira: JiraClient, accountIds: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(accountIds)];
  const users = await getUsers(jira, unique);
  const names: Record<string, string> = {};
  for (const user of users) {
    if (user.displayName !== undefined && user.displayName !== '' && unique.includes(user.accountId)) names[user.accountId] = user.displayName;
  }
  return names;
}
