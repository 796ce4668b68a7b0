/**
 * Jira users as the UI shows them: people read names, not account ids. Both keys ask Jira as the
 * viewer, so Jira's own rules on who may browse users and which profile fields show apply.
 */

/** An active person of the site (never an app or a customer account), as a picker offers them. */
export interface SiteUser {
  accountId: string;
  displayName: string;
  /** Jira's 48×48 avatar, when Jira gives one. */
  avatarUrl?: string;
}

/** The most people `users/search` answers with, and the most ids `users/names` takes at once. */
export const USER_SEARCH_LIMIT = 10;
export const USER_NAMES_LIMIT = 50;

export interface UserApi {
  /** Active people whose name or email starts a word with `query`; an empty query answers none without asking Jira. */
  'users/search': { payload: { query: string }; data: { users: SiteUser[] } };
  /** The display name of each account Jira knows; an unknown or deleted account is left out. */
  'users/names': { payload: { accountIds: string[] }; data: { names: Record<string, string> } };
}
