import { JiraClient } from '../jira/client';
import { forgeSender } from '../jira/forgeTransport';
import { forgeRecordStores } from '../storage/forgeStores';
import type { AppDependencies } from './define';

/** Requests kept in flight per invocation: hides Jira's latency without tripping its rate limits. */
const MAX_IN_FLIGHT = 6;

/** Production dependencies: Jira through `requestJira` as the invoking user, storage through `@forge/kvs`. */
export function forgeDependencies(): AppDependencies {
  return {
    jiraFor: () => new JiraClient(forgeSender('user'), { maxInFlight: MAX_IN_FLIGHT }),
    stores: forgeRecordStores(),
    now: () => new Date(),
  };
}
