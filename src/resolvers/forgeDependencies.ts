import { forgeRefreshQueue } from '../forge/refreshQueue';
import { JiraClient } from '../jira/client';
import { CONSUMER_RETRY } from '../jira/retry';
import { forgeSender } from '../jira/forgeTransport';
import { forgeRecordStores, forgeSnapshotStore } from '../storage/forgeStores';
import type { AppDependencies } from './define';

/** Requests kept in flight per invocation: hides Jira's latency without tripping its rate limits. */
const MAX_IN_FLIGHT = 6;

/** Production dependencies: Jira through `requestJira` (as the invoking user, or as the app for refreshes), storage through `@forge/kvs`. */
export function forgeDependencies(): AppDependencies {
  return {
    jiraFor: () => new JiraClient(forgeSender('user'), { maxInFlight: MAX_IN_FLIGHT }),
    jiraAsApp: () => new JiraClient(forgeSender('app'), { maxInFlight: MAX_IN_FLIGHT, retry: CONSUMER_RETRY }),
    stores: forgeRecordStores(),
    snapshots: forgeSnapshotStore(),
    refreshQueue: forgeRefreshQueue(),
    now: () => new Date(),
  };
}
