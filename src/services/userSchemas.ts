import { z } from 'zod';
import { USER_NAMES_LIMIT } from '../shared/users';
import { accountId } from './records/schemas';

/**
 * The payload schemas of `users/*`. Closed objects, so a misspelt key is refused by name rather than
 * ignored. A query longer than any name is refused rather than sent to Jira.
 */
export const USER_QUERY_MAX = 100;

export const userSearchSchema = z.strictObject({
  query: z.string({ error: 'must be text' }).max(USER_QUERY_MAX, `must be at most ${USER_QUERY_MAX} characters`),
});

export const userNamesSchema = z.strictObject({
  accountIds: z
    .array(accountId, { error: 'must be a list of Atlassian account ids' })
    .max(USER_NAMES_LIMIT, `must list at most ${USER_NAMES_LIMIT} account ids at once`),
});
