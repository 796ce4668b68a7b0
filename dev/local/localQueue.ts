import type { ConsumerVerdict, QueuedEvent } from '../../src/consumers/background';
import type { RefreshQueue, RefreshRequest } from '../../src/services/snapshots/requests';

/**
 * The in-process stand-in for Forge's queue under `npm start` and in tests, with Forge's semantics:
 * events wait their `delaySeconds`, at most `concurrency` run at once and one per project (Forge's
 * concurrency key), a verdict asking for a retry is delivered again after its delay with a higher
 * `retryCount`, and a consumer that throws is redelivered too (at least once). Local only: on Forge
 * the platform's queue does all of this.
 */
export interface LocalQueueOptions {
  concurrency: number;
  /** Milliseconds per second of delay; tests shrink time with a small value. */
  msPerSecond?: number;
}

interface Pending {
  request: RefreshRequest;
  retryCount: number;
}

export interface LocalQueueStats {
  delivered: number;
  retried: number;
  dropped: string[];
}

export class LocalRefreshQueue implements RefreshQueue {
  readonly stats: LocalQueueStats = { delivered: 0, retried: 0, dropped: [] };
  private consumer: ((event: QueuedEvent) => Promise<ConsumerVerdict>) | null = null;
  private readonly waiting: Pending[] = [];
  private readonly running = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly options: LocalQueueOptions) {}

  /** The consumer function events are delivered to (manifest `consumer.function`). */
  setConsumer(consumer: (event: QueuedEvent) => Promise<ConsumerVerdict>): void {
    this.consumer = consumer;
  }

  push(requests: readonly { request: RefreshRequest; delaySeconds?: number }[]): Promise<void> {
    if (requests.length > 50) return Promise.reject(new RangeError(`A push takes at most 50 events (Forge's limit), got ${requests.length}`));
    for (const { request, delaySeconds } of requests) this.later({ request, retryCount: 0 }, delaySeconds ?? 0);
    return Promise.resolve();
  }

  /** Resolves once nothing is waiting, delayed or running. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    this.waiting.length = 0;
    this.settle();
  }

  private later(pending: Pending, delaySeconds: number): void {
    if (this.closed) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        this.waiting.push(pending);
        this.pump();
      },
      delaySeconds * (this.options.msPerSecond ?? 1000),
    );
    this.timers.add(timer);
  }

  private pump(): void {
    while (this.running.size < this.options.concurrency) {
      const index = this.waiting.findIndex((pending) => !this.running.has(pending.request.projectKey));
      if (index < 0) break;
      const [next] = this.waiting.splice(index, 1);
      if (next !== undefined) void this.deliver(next);
    }
    this.settle();
  }

  private async deliver(pending: Pending): Promise<void> {
    const key = pending.request.projectKey;
    this.running.add(key);
    this.stats.delivered += 1;
    try {
      if (this.consumer === null) throw new Error('the local queue has no consumer');
      const verdict = await this.consumer({
        body: { ...pending.request },
        retryContext: pending.retryCount === 0 ? undefined : { retryCount: pending.retryCount },
      });
      if ('retryAfterSeconds' in verdict) this.retry(pending, verdict.retryAfterSeconds);
      else if ('dropped' in verdict) this.stats.dropped.push(verdict.dropped);
    } catch (error) {
      console.error(`local queue: the consumer threw for ${key}; delivering again`, error);
      this.retry(pending, 1);
    } finally {
      this.running.delete(key);
      this.pump();
    }
  }

  private retry(pending: Pending, delaySeconds: number): void {
    this.stats.retried += 1;
    this.later({ request: pending.request, retryCount: pending.retryCount + 1 }, delaySeconds);
  }

  private isIdle(): boolean {
    return this.waiting.length === 0 && this.running.size === 0 && this.timers.size === 0;
  }

  private settle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }
}
