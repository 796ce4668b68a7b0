import type { AppDependencies } from '../resolvers/define';
import { refreshRequestFor } from '../services/snapshots/jiraEvents';
import { refreshProject, type RefreshOutcome } from '../services/snapshots/refresh';
import { parseRefreshRequest, RefreshRequestError } from '../services/snapshots/requests';
import { fanOutRefreshes, retryDelaySeconds } from '../services/snapshots/schedule';

/** Seconds a Jira event's refresh waits in the queue, so the events of one burst share a refresh. */
export const EVENT_DELAY_SECONDS = 30;

/** A queue event as the consumer receives it (Forge's `AsyncEvent`, or the local stand-in's). */
export interface QueuedEvent {
  body: unknown;
  retryContext?: { retryCount: number };
}

/** What the consumer asks of the queue: nothing (done, or given up), or to be delivered again later. */
export type ConsumerVerdict = { outcome: RefreshOutcome } | { retryAfterSeconds: number } | { dropped: string };

/**
 * The refresh consumer, thin: validate the event body → refresh the project as the app (one service
 * call) → tell the queue whether to retry. A malformed body is dropped with its reason: retrying
 * cannot fix it.
 */
export function refreshConsumer(deps: AppDependencies): (event: QueuedEvent) => Promise<ConsumerVerdict> {
  return async (event) => {
    let request;
    try {
      request = parseRefreshRequest(event.body);
    } catch (error) {
      if (error instanceof RefreshRequestError) return { dropped: error.message };
      throw error;
    }
    try {
      return {
        outcome: await refreshProject(
          { jiraAsApp: deps.jiraAsApp, snapshots: deps.snapshots, now: deps.now, coverMarginMs: deps.refreshCoverMarginMs },
          request,
        ),
      };
    } catch (error) {
      const retryAfterSeconds = retryDelaySeconds(error, event.retryContext?.retryCount ?? 0);
      console.error(
        `Product Lens: refreshing ${request.projectKey} failed${retryAfterSeconds === null ? '; giving up until the next refresh' : `; retrying in ${retryAfterSeconds} s`}`,
        error,
      );
      return retryAfterSeconds === null ? { dropped: `refresh of ${request.projectKey} failed after its retries` } : { retryAfterSeconds };
    }
  };
}

/** The daily scheduled trigger: one full refresh per project, queued. */
export function dailyRefresh(deps: AppDependencies): () => Promise<{ queued: number }> {
  return async () => ({ queued: await fanOutRefreshes({ jira: deps.jiraAsApp(), snapshots: deps.snapshots, queue: deps.refreshQueue, now: deps.now }) });
}

/**
 * The product event trigger: the incremental refresh the event calls for, queued. An event it cannot
 * read is logged with the reason and dropped (Jira does not redeliver product events on failure).
 */
export function jiraEventTrigger(deps: AppDependencies): (payload: unknown) => Promise<{ queued: boolean; reason?: string }> {
  return async (payload) => {
    try {
      const request = await refreshRequestFor(deps.jiraAsApp(), payload, deps.now());
      if (request === null) return { queued: false, reason: 'the event does not concern the figures' };
      // A burst of edits (a sprint closing moves many issues) becomes one refresh: the first delivered
      // reads them all, and the rest find themselves covered.
      await deps.refreshQueue.push([{ request, delaySeconds: EVENT_DELAY_SECONDS }]);
      return { queued: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`Product Lens: a Jira event was not handled: ${reason}`);
      return { queued: false, reason };
    }
  };
}
