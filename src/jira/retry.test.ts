import { z } from 'zod';
import { JiraClient } from './client';
import { JiraRateLimitedError } from './errors';
import type { RawResponse } from './request';
import { nextRetry, type RetryPolicy } from './retry';

/** What the command line sets with --max-wait 60: retries bounded by time only. */
const SIXTY_SECONDS: RetryPolicy = { maxRetries: Number.POSITIVE_INFINITY, baseDelayMs: 1000, maxDelayMs: 30000, budgetMs: 60000 };

const limited = (retryAfter?: string): RawResponse => ({
  status: 429,
  header: (name) => (name === 'Retry-After' ? (retryAfter ?? null) : null),
  text: '{"errorMessages":["Rate limit exceeded"]}',
});
const ok: RawResponse = { status: 200, header: () => null, text: '{"accountId":"a-1"}' };

/** A client whose adapter answers `answerFor(n)` to the n-th request (from 0), recording each wait. */
function clientAnswering(policy: RetryPolicy, answerFor: (n: number) => RawResponse, random = () => 0.5) {
  const waits: number[] = [];
  let sent = 0;
  const client = new JiraClient(async () => answerFor(sent++), { retry: policy, sleep: async (ms) => void waits.push(ms), random });
  return { client, waits, sent: () => sent };
}

const myself = (client: JiraClient) => client.request({ method: 'GET', path: '/rest/api/3/myself' }, z.object({ accountId: z.string() }));

describe('JiraClient under a sustained rate limit', () => {
  it('returns the answer when a 429 with Retry-After 0 lifts after 6 retries, backing off meanwhile', async () => {
    const { client, waits } = clientAnswering(SIXTY_SECONDS, (n) => (n < 6 ? limited('0') : ok));
    await expect(myself(client)).resolves.toEqual({ accountId: 'a-1' });
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 15000]);
  });

  it('throws after waiting the whole budget, saying how long it waited, when every answer is a 429 with Retry-After 0', async () => {
    const { client, waits } = clientAnswering(SIXTY_SECONDS, () => limited('0'));
    const failure = myself(client);
    await expect(failure).rejects.toThrow(
      "Jira's rate limit was reached for GET /rest/api/3/myself; it asked to wait 0 s; gave up after waiting 60 s over 8 retries, the whole 60 s wait budget",
    );
    // A wait of 0 is no wait a queue can use, so the error carries none.
    await expect(failure).rejects.toMatchObject({ retryAfterMs: null });
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 14500]);
  });

  it('returns the answer after waiting each Retry-After in full when Jira asks for 2 s seven times', async () => {
    const { client, waits } = clientAnswering(SIXTY_SECONDS, (n) => (n < 7 ? limited('2') : ok));
    await expect(myself(client)).resolves.toEqual({ accountId: 'a-1' });
    expect(waits).toEqual([2000, 2000, 2000, 2000, 2000, 2000, 2000]);
  });

  it('throws at once with the asked wait when Retry-After is longer than the budget has left, so a queue can take it over', async () => {
    const tenSeconds = { ...SIXTY_SECONDS, budgetMs: 10000 };
    const { client, waits } = clientAnswering(tenSeconds, () => limited('4'));
    const failure = myself(client);
    await expect(failure).rejects.toThrow(
      'it asked to wait 4 s; that is more than the 2 s left of the 10 s wait budget, so it gave up after waiting 8 s over 2 retries',
    );
    await expect(failure).rejects.toMatchObject({ retryAfterMs: 4000 });
    expect(waits).toEqual([4000, 4000]);
  });

  it('returns a rate-limited error after the most retries a resolver makes, saying how long it waited, when Retry-After is missing', async () => {
    const resolverPolicy = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 8000, budgetMs: 12000 };
    const { client, sent } = clientAnswering(resolverPolicy, () => limited());
    const failure = myself(client);
    await expect(failure).rejects.toBeInstanceOf(JiraRateLimitedError);
    await expect(failure).rejects.toThrow('it asked to wait an unstated time; gave up after waiting 0.8 s over 2 retries, the most retries it makes');
    expect(sent()).toBe(3);
  });
});

describe('nextRetry', () => {
  it('returns half the base delay, never 0, when Retry-After is 0 and the jitter draws 0', () => {
    expect(nextRetry(SIXTY_SECONDS, { retries: 3, waitedMs: 0 }, 0, () => 0)).toEqual({ kind: 'wait', ms: 500 });
  });

  it('returns the budget left rather than the full backoff when the backoff would pass the budget', () => {
    expect(nextRetry(SIXTY_SECONDS, { retries: 9, waitedMs: 59000 }, null, () => 0.99)).toEqual({ kind: 'wait', ms: 1000 });
  });

  it('returns give-up when the budget is spent and Jira asks for no wait', () => {
    expect(nextRetry(SIXTY_SECONDS, { retries: 9, waitedMs: 60000 }, 0, () => 0.5)).toEqual({ kind: 'give-up', reason: 'budget-spent' });
  });
});
