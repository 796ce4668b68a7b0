import { startJiraSite } from './server';
import { basicAuth, call, useSite } from './testing/client';
import { errorShape, messagesOf } from './testing/shapes';
import { ADMIN, tinySite } from './testing/tinySite';

const NOT_AUTHENTICATED = 'You are not authenticated. Authentication required to perform this operation.';

describe('local Jira site: authentication', () => {
  const site = useSite(tinySite);

  it("returns 401 with Jira's body when no Authorization header is sent", async () => {
    const response = await call(site(), '/rest/api/3/myself', { as: null });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ errorMessages: [NOT_AUTHENTICATED], errors: {} });
  });

  it('returns 401 when the account id is not a user of the site', async () => {
    const response = await call(site(), '/rest/api/3/myself', { as: 'acc:stranger' });
    expect(response.status).toBe(401);
  });

  it('returns 401 when the header is not basic auth', async () => {
    const response = await fetch(`${site().url}/rest/api/3/myself`, { headers: { Authorization: 'Bearer abc' } });
    expect(response.status).toBe(401);
  });

  it('returns the user whose account id starts the credentials when the id itself contains a colon', async () => {
    const fixture = tinySite();
    const user = fixture.users[0];
    if (!user) throw new Error('the tiny site has users');
    user.accountId = '557058:abc-123';
    const local = await startJiraSite({ fixture });
    try {
      const response = await fetch(`${local.url}/rest/api/3/myself`, { headers: { Authorization: basicAuth('557058:abc-123', 'api:token') } });
      expect(await response.json()).toMatchObject({ accountId: '557058:abc-123' });
    } finally {
      await local.close();
    }
  });
});

describe('local Jira site: routing and stats', () => {
  const site = useSite(tinySite);

  it("returns 404 with Jira's error shape when no route matches", async () => {
    const response = await call(site(), '/rest/api/3/dashboard');
    expect(response.status).toBe(404);
    expect(messagesOf(response.body)).toEqual([`null for uri: ${site().url}/rest/api/3/dashboard`]);
  });

  it('returns 404 when the method does not match the route', async () => {
    const response = await call(site(), '/rest/api/3/myself', { method: 'DELETE' });
    expect(response.status).toBe(404);
  });

  it('counts requests by route template when resetStats was called first', async () => {
    site().resetStats();
    await call(site(), '/rest/api/3/project/ALP');
    await call(site(), '/rest/api/3/project/BET');
    await call(site(), '/rest/api/3/search/jql', { body: { jql: 'project = ALP' } });
    await call(site(), '/nowhere');
    expect(site().stats()).toEqual({
      requests: 4,
      byRoute: { 'GET /rest/api/3/project/{projectIdOrKey}': 2, 'POST /rest/api/3/search/jql': 1, 'GET (no route)': 1 },
    });
    site().resetStats();
    expect(site().stats()).toEqual({ requests: 0, byRoute: {} });
  });

  it("returns JSON with Jira's content type when a body is sent", async () => {
    const response = await call(site(), '/rest/api/3/serverInfo');
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
  });

  it("leaves the caller's fixture untouched when a property is written", async () => {
    const fixture = tinySite();
    const local = await startJiraSite({ fixture });
    try {
      await call(local, '/rest/api/3/issue/ALP-1/properties/note', { method: 'PUT', body: { a: 1 } });
      expect(local.fixture.issues[0]?.properties).toEqual({ note: { a: 1 } });
      expect(fixture.issues[0]?.properties).toEqual({});
    } finally {
      await local.close();
    }
  });
});

describe('local Jira site: rate limit and latency', () => {
  const site = useSite(tinySite);

  afterEach(() => {
    site().setRateLimit(undefined);
    site().setLatency(0);
  });

  it("returns 429 with Retry-After and Jira's body on every Nth request when a rate limit is set", async () => {
    site().setRateLimit({ every: 3, retryAfterSeconds: 7 });
    site().resetStats();
    const responses = [];
    for (let i = 0; i < 6; i += 1) responses.push(await call(site(), '/rest/api/3/myself'));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 429, 200, 200, 429]);
    const [, , limited] = responses;
    expect(limited?.headers.get('retry-after')).toBe('7');
    expect(errorShape.parse(limited?.body).errorMessages).toEqual(['Rate limit exceeded.']);
    expect(site().stats().byRoute['GET /rest/api/3/myself']).toBe(6);
  });

  it('answers every request when the rate limit is removed', async () => {
    site().setRateLimit({ every: 1, retryAfterSeconds: 1 });
    expect((await call(site(), '/rest/api/3/myself')).status).toBe(429);
    site().setRateLimit(undefined);
    expect((await call(site(), '/rest/api/3/myself')).status).toBe(200);
  });

  it('delays every response by the latency when one is set', async () => {
    site().setLatency(150);
    const started = Date.now();
    const response = await call(site(), '/rest/api/3/serverInfo');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('delays responses from the start when latencyMs is given as an option', async () => {
    const local = await startJiraSite({ fixture: tinySite(), latencyMs: 120 });
    try {
      const started = Date.now();
      await call(local, '/nowhere', { as: ADMIN });
      expect(Date.now() - started).toBeGreaterThanOrEqual(115);
    } finally {
      await local.close();
    }
  });

  it('throws when the rate limit period is not a whole number of requests', async () => {
    await expect(startJiraSite({ fixture: tinySite(), rateLimit: { every: 0, retryAfterSeconds: 1 } })).rejects.toThrow(RangeError);
  });
});
