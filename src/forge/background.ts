import { InvocationError, InvocationErrorCode, type AsyncEvent } from '@forge/events';
import { dailyRefresh, jiraEventTrigger, refreshConsumer } from '../consumers/background';
import { forgeDependencies } from '../resolvers/forgeDependencies';

const deps = forgeDependencies();
const consume = refreshConsumer(deps);

/** manifest `consumer` → function `refresh-consumer`: Forge retries the event when asked to. */
export async function refreshConsumerHandler(event: AsyncEvent): Promise<InvocationError | undefined> {
  const verdict = await consume(event);
  if ('retryAfterSeconds' in verdict)
    return new InvocationError({ retryAfter: verdict.retryAfterSeconds, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST });
  return undefined;
}

/** manifest `scheduledTrigger` → function `daily-refresh`. */
export const dailyRefreshHandler = dailyRefresh(deps);

/** manifest `trigger` → function `jira-events`. */
export const jiraEventHandler = jiraEventTrigger(deps);
