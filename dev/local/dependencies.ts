import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import type { AppDependencies } from '../../src/resolvers/define';
import { localRecordStores } from '../../src/storage/localStores';

/** Requests in flight per caller, as in production (src/resolvers/forgeDependencies.ts). */
const MAX_IN_FLIGHT = 6;

/**
 * The resolvers' dependencies under `npm start`: Jira is the local Jira site over real HTTP, called as
 * the acting user (the site applies that user's permissions, like `asUser()`), and records live in
 * the local store under `stateDir`.
 */
export function localDependencies(jiraSiteUrl: string, stateDir: string): AppDependencies {
  return {
    jiraFor: (caller) => new JiraClient(httpSender(jiraSiteUrl, { user: caller.accountId, token: 'local' }), { maxInFlight: MAX_IN_FLIGHT }),
    stores: localRecordStores(stateDir),
    now: () => new Date(),
  };
}
