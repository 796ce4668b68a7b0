import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixture } from '../../dev/site/fixture';
import { startJiraSite, type JiraSite } from '../../dev/site/server';
import { compareWithExpected } from '../../dev/expected/compare';
import { JiraClient } from '../../src/jira/client';
import { JiraRateLimitedError } from '../../src/jira/errors';
import { httpSender } from '../../src/jira/httpTransport';
import { CONSUMER_RETRY } from '../../src/jira/retry';
import { rollupPortfolio } from '../../src/services/rollup';
import { retryDelaySeconds } from '../../src/services/snapshots/schedule';

const EXPECTED: unknown = JSON.parse(readFileSync(join(__dirname, '../fixtures/sample-site.expected.json'), 'utf8'));
const ADMIN = '557058:admin-0001';

let site: JiraSite;
beforeAll(async () => {
  site = await startJiraSite({ fixture: loadFixture(join(__dirname, '../fixtures/sample-site.json')), port: 0 });
});
afterAll(() => site.close());
afterEach(() => site.setRateLimit(undefined));

describe('rollup through a rate-limiting Jira', () => {
  it('returns the same figures when every 4th request answers 429, by retrying after Retry-After', async () => {
    const jira = new JiraClient(httpSender(site.url, { user: ADMIN, token: 'test' }), { maxInFlight: 4 });
    site.resetStats();
    await rollupPortfolio(jira, 12);
    const unlimited = site.stats().requests;
    site.setRateLimit({ every: 4, retryAfterSeconds: 0 });
    site.resetStats();
    const result = await rollupPortfolio(jira, 12);
    expect(compareWithExpected(result, EXPECTED)).toEqual([]);
    // Every 4th request was refused and sent again: at least a quarter more requests than without the limit.
    expect(site.stats().requests).toBeGreaterThanOrEqual(unlimited + Math.floor(unlimited / 4));
  });

  it("returns the queue's own backoff (30 s), not a 1 s retry, when a consumer's retries spend their budget on Retry-After 0", async () => {
    site.setRateLimit({ every: 1, retryAfterSeconds: 0 });
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const jira = new JiraClient(httpSender(site.url, { user: ADMIN, token: 'test' }), { retry: CONSUMER_RETRY, sleep, random: () => 0.5 });
    const failure: unknown = await rollupPortfolio(jira, 12).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(JiraRateLimitedError);
    expect(retryDelaySeconds(failure, 0)).toBe(30);
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(CONSUMER_RETRY.budgetMs);
  });

  it("returns Jira's Retry-After as the queue delay, without sleeping, when a consumer is asked to wait past its budget", async () => {
    site.setRateLimit({ every: 1, retryAfterSeconds: 300 });
    const waits: number[] = [];
    const jira = new JiraClient(httpSender(site.url, { user: ADMIN, token: 'test' }), { retry: CONSUMER_RETRY, sleep: async (ms) => void waits.push(ms) });
    const failure: unknown = await rollupPortfolio(jira, 12).catch((error: unknown) => error);
    expect(retryDelaySeconds(failure, 0)).toBe(300);
    expect(waits).toEqual([]);
  });

  it('throws a rate-limited error naming the wait when Jira asks for longer than the retry budget', async () => {
    site.setRateLimit({ every: 1, retryAfterSeconds: 30 });
    const jira = new JiraClient(httpSender(site.url, { user: ADMIN, token: 'test' }));
    const failure = rollupPortfolio(jira, 12);
    await expect(failure).rejects.toBeInstanceOf(JiraRateLimitedError);
    await expect(failure).rejects.toThrow(/asked to wait 30 s/);
  });
});
