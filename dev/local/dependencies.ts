import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import type { AppDependencies } from '../../src/resolvers/define';
import type { RefreshQueue } from '../../src/services/snapshots/requests';
import { localRecordStores, localSnapshotStore, removeCrashLeftovers } from '../../src/storage/localStores';

/** Requests in flight per caller, as in production (src/resolvers/forgeDependencies.ts). */
const MAX_IN_FLIGHT = 6;

/** How the local Jira site knows a request is made as the app (dev/site/auth.ts). */
export const LOCAL_APP_TOKEN = 'forge-app';

/**
 * The app's dependencies under `npm start` and in tests: Jira is the local Jira site over real HTTP,
 * called as the acting user (the site applies that user's permissions, like `asUser()`) or as the
 * app; records and snapshots live in the local store under `stateDir` (what a crash left there is
 * removed first); refreshes go to `queue`.
 */
export function localDependencies(jiraSiteUrl: string, stateDir: string, queue: RefreshQueue): AppDependencies {
  for (const name of removeCrashLeftovers(stateDir)) console.warn(`local store: removed ${name}, a write a crash stopped before it was renamed`);
  return {
    jiraFor: (caller) => new JiraClient(httpSender(jiraSiteUrl, { user: caller.accountId, token: 'local' }), { maxInFlight: MAX_IN_FLIGHT }),
    jiraAsApp: () => new JiraClient(httpSender(jiraSiteUrl, { bearer: LOCAL_APP_TOKEN }), { maxInFlight: MAX_IN_FLIGHT }),
    stores: localRecordStores(stateDir),
    snapshots: localSnapshotStore(stateDir),
    refreshQueue: queue,
    now: () => new Date(),
  };
}
