import { Queue } from '@forge/events';
import { EVENTS_PER_PUSH, MAX_DELAY_SECONDS, REFRESH_QUEUE_KEY, type RefreshQueue } from '../services/snapshots/requests';

/**
 * The refresh queue on Forge: `@forge/events`, at most 50 events a push. Each event carries Forge's
 * per-project concurrency key, so two refreshes of one project never run at once while different
 * projects run side by side.
 */
export function forgeRefreshQueue(queue: Pick<Queue, 'push'> = new Queue({ key: REFRESH_QUEUE_KEY })): RefreshQueue {
  return {
    async push(requests) {
      for (let start = 0; start < requests.length; start += EVENTS_PER_PUSH) {
        const events = requests.slice(start, start + EVENTS_PER_PUSH).map(({ request, delaySeconds }) => ({
          body: { ...request },
          delayInSeconds: Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.round(delaySeconds ?? 0))),
          concurrency: { key: `refresh-${request.projectKey}`, limit: 1 },
        }));
        await queue.push(events);
      }
    },
  };
}
