/**
 * Runs at most `max` tasks at once. Jira is slow per request (tens to hundreds of ms) and rate limits
 * bursts, so the app keeps a few requests in flight, never an unbounded fan-out.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be a whole number ≥ 1, got ${max}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    running -= 1;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** Maps every item through `fn` with at most `max` in flight; results keep the items' order. */
export function mapConcurrent<T, R>(items: readonly T[], max: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const limit = createLimiter(max);
  return Promise.all(items.map((item) => limit(() => fn(item))));
}
