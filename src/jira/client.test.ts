import { z } from 'zod';
import { JiraClient, retryAfterMs } from './client';
import {
  JiraBadRequestError,
  JiraForbiddenError,
  JiraNetworkError,
  JiraNotFoundError,
  JiraRateLimitedError,
  JiraResponseShapeError,
  JiraServerError,
} from './errors';
import type { JiraRequest, RawResponse } from './request';

function answer(status: number, body: unknown, headers: Record<string, string> = {}): RawResponse {
  return { status, header: (name) => headers[name] ?? null, text: body === undefined ? '' : JSON.stringify(body) };
}

/** A scripted port: answers in order and records every request and every wait. */
function scripted(...answers: RawResponse[]) {
  const sent: JiraRequest[] = [];
  const waits: number[] = [];
  const send = async (request: JiraRequest) => {
    sent.push(request);
    const next = answers.shift();
    if (next === undefined) throw new Error('no more scripted answers');
    return next;
  };
  const client = new JiraClient(send, { sleep: async (ms) => void waits.push(ms), random: () => 0.5 });
  return { client, sent, waits };
}

const get: JiraRequest = { method: 'GET', path: '/rest/api/3/myself' };
const user = z.object({ accountId: z.string() });

describe('JiraClient.request', () => {
  it('returns the parsed body when Jira answers 200', async () => {
    const { client } = scripted(answer(200, { accountId: 'a-1', extra: true }));
    await expect(client.request(get, user)).resolves.toEqual({ accountId: 'a-1' });
  });

  it('throws a typed error naming the status and Jira messages when Jira answers 4xx', async () => {
    const { client } = scripted(answer(400, { errorMessages: ["The value 'X' does not exist for the field 'project'."], errors: {} }));
    const failure = client.request(get, user);
    await expect(failure).rejects.toBeInstanceOf(JiraBadRequestError);
    await expect(failure).rejects.toThrow("Jira answered 400 to GET /rest/api/3/myself: The value 'X' does not exist for the field 'project'.");
  });

  it.each([
    [403, JiraForbiddenError],
    [404, JiraNotFoundError],
    [500, JiraServerError],
  ])('throws the error type for status %i', async (status, type) => {
    const { client } = scripted(answer(status, { errorMessages: ['no'] }));
    await expect(client.request(get, user)).rejects.toBeInstanceOf(type);
  });

  it('throws a shape error naming the path when a 200 body is not what the app reads', async () => {
    const { client } = scripted(answer(200, { accountId: 42 }));
    await expect(client.request(get, user)).rejects.toThrow(JiraResponseShapeError);
    const again = scripted(answer(200, { accountId: 42 }));
    await expect(again.client.request(get, user)).rejects.toThrow(/accountId/);
  });

  it('throws a network error when the adapter fails before Jira answers', async () => {
    const client = new JiraClient(async () => {
      throw new Error('ECONNREFUSED');
    });
    await expect(client.request(get, user)).rejects.toThrow(JiraNetworkError);
  });
});

describe('JiraClient retries', () => {
  it('retries a 429 after the Retry-After Jira gave and returns the answer', async () => {
    const { client, sent, waits } = scripted(answer(429, {}, { 'Retry-After': '2' }), answer(200, { accountId: 'a-1' }));
    await expect(client.request(get, user)).resolves.toEqual({ accountId: 'a-1' });
    expect(sent).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('retries a 503 with exponential backoff and jitter when no Retry-After is given', async () => {
    const { client, waits } = scripted(answer(503, {}), answer(503, {}), answer(200, { accountId: 'a-1' }));
    await client.request(get, user);
    expect(waits).toEqual([250, 500]);
  });

  it('throws a rate-limited error with the asked wait once retries run out', async () => {
    const limited = () => answer(429, { errorMessages: ['Rate limit exceeded'] }, { 'Retry-After': '1' });
    const { client, sent } = scripted(limited(), limited(), limited(), limited(), limited());
    const failure = client.request(get, user);
    await expect(failure).rejects.toBeInstanceOf(JiraRateLimitedError);
    await expect(failure).rejects.toMatchObject({ retryAfterMs: 1000 });
    expect(sent).toHaveLength(5);
  });

  it('fails at once when Retry-After exceeds the retry budget', async () => {
    const { client, waits } = scripted(answer(429, {}, { 'Retry-After': '60' }));
    await expect(client.request(get, user)).rejects.toThrow(/asked to wait 60 s/);
    expect(waits).toEqual([]);
  });

  it('does not retry errors other than 429 and 503', async () => {
    const { client, sent } = scripted(answer(500, {}), answer(200, { accountId: 'a-1' }));
    await expect(client.request(get, user)).rejects.toThrow(JiraServerError);
    expect(sent).toHaveLength(1);
  });
});

describe('JiraClient.maxInFlight', () => {
  it('keeps no more requests in flight than allowed', async () => {
    let inFlight = 0;
    let peak = 0;
    const client = new JiraClient(
      async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        return answer(200, { accountId: 'a' });
      },
      { maxInFlight: 3 },
    );
    await Promise.all(Array.from({ length: 10 }, () => client.request(get, user)));
    expect(peak).toBe(3);
  });
});

describe('retryAfterMs', () => {
  it('returns milliseconds for a seconds header and for an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('2026-01-01T00:00:00Z'))).toBe(10000);
  });

  it('returns null when there is no usable header', () => {
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });
});
