export interface RetryPolicy {
  /** Retries after the first attempt, for 429 and 503 only. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total time the retries of one request may wait; a longer Retry-After fails at once, so a queue can take it over. */
  budgetMs: number;
}

/** Fits a UI resolver's 25 s limit with room for the work itself. */
export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 8000, budgetMs: 12000 };

/**
 * Queue consumers have 900 s, not a resolver's 25 s: retries may wait longer for Jira, and a
 * Retry-After beyond the budget goes back to the queue as the event's delay.
 */
export const CONSUMER_RETRY: RetryPolicy = { maxRetries: 6, baseDelayMs: 1000, maxDelayMs: 30000, budgetMs: 120000 };

/** Retry-After in ms: Jira sends seconds; an HTTP date is honoured too. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** How far one request's retries have got: retries made so far and the time they waited. */
export interface RetryProgress {
  retries: number;
  waitedMs: number;
}

export type GiveUpReason = 'retries' | 'asked-over-budget' | 'budget-spent';

export type RetryVerdict = { kind: 'wait'; ms: number } | { kind: 'give-up'; reason: GiveUpReason };

/**
 * The next step after a 429 or 503. A positive Retry-After is Jira's to set: waited in full, or, when
 * it is longer than the budget has left, not at all (a consumer then hands it to its queue rather than
 * sleep past its own time limit). With none, or `0` (which under a sustained limit only hammers Jira),
 * exponential backoff with jitter, never under half the base delay and never past the budget.
 * @example nextRetry(DEFAULT_RETRY, { retries: 0, waitedMs: 0 }, 2000, Math.random) // { kind: 'wait', ms: 2000 }
 */
export function nextRetry(policy: RetryPolicy, progress: RetryProgress, askedMs: number | null, random: () => number): RetryVerdict {
  if (progress.retries >= policy.maxRetries) return { kind: 'give-up', reason: 'retries' };
  const left = policy.budgetMs - progress.waitedMs;
  if (askedMs !== null && askedMs > 0) return askedMs <= left ? { kind: 'wait', ms: askedMs } : { kind: 'give-up', reason: 'asked-over-budget' };
  if (left <= 0) return { kind: 'give-up', reason: 'budget-spent' };
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** progress.retries);
  return { kind: 'wait', ms: Math.min(left, Math.max(Math.round(policy.baseDelayMs / 2), Math.round(random() * ceiling))) };
}

/** Seconds as a person reads them: `0 s`, `2.5 s`, `300 s`. */
export function secondsText(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** Why the retries of a rate-limited request stopped, and how long they waited first. */
export function givingUpText(policy: RetryPolicy, progress: RetryProgress, reason: GiveUpReason): string {
  const waited = `waiting ${secondsText(progress.waitedMs)} over ${progress.retries} ${progress.retries === 1 ? 'retry' : 'retries'}`;
  if (reason === 'retries') return `gave up after ${waited}, the most retries it makes`;
  if (reason === 'asked-over-budget') {
    return `that is more than the ${secondsText(policy.budgetMs - progress.waitedMs)} left of the ${secondsText(policy.budgetMs)} wait budget, so it gave up after ${waited}`;
  }
  return `gave up after ${waited}, the whole ${secondsText(policy.budgetMs)} wait budget`;
}
