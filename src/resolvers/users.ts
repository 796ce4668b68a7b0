import { findUsers, userNames } from '../services/users';
import { userNamesSchema, userSearchSchema } from '../services/userSchemas';
import type { UserApi } from '../shared/users';
import { defineResolver } from './define';

type Data<K extends keyof UserApi> = UserApi[K]['data'];

/**
 * The resolvers behind user pickers and owner names (see src/shared/users.ts `UserApi`). Jira, asked
 * as the viewer, is the authority: it answers only the people the viewer may browse, on any surface,
 * so no project permission is checked here.
 */
export const userResolvers = {
  'users/search': defineResolver(userSearchSchema, async ({ payload, caller, deps }): Promise<Data<'users/search'>> => ({
    users: await findUsers(deps.jiraFor(caller), payload.query),
  })),
  'users/names': defineResolver(userNamesSchema, async ({ payload, caller, deps }): Promise<Data<'users/names'>> => ({
    names: await userNames(deps.jiraFor(caller), payload.accountIds),
  })),
};
