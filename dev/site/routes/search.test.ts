import { loadFixture } from '../fixture';
import type { JiraSite } from '../server';
import { call, SAMPLE_ADMIN, SAMPLE_FIXTURE, useSite } from '../testing/client';
import { messagesOf, searchPageShape } from '../testing/shapes';
import { ADMIN, VIEWER, tinySite } from '../testing/tinySite';

const SEARCH = '/rest/api/3/search/jql';

async function post(site: JiraSite, body: unknown, as?: string) {
  return call(site, SEARCH, { method: 'POST', body, as });
}

/** Every page of a POST search, following nextPageToken; returns the keys in order and the page sizes. */
async function allPages(site: JiraSite, request: Record<string, unknown>, as = ADMIN): Promise<{ keys: string[]; sizes: number[] }> {
  const keys: string[] = [];
  const sizes: number[] = [];
  let token: string | undefined;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = searchPageShape.parse((await post(site, { ...request, nextPageToken: token }, as)).body);
    keys.push(...page.issues.map((issue) => issue.key ?? issue.id));
    sizes.push(page.issues.length);
    if (page.isLast) {
      expect(page.nextPageToken).toBeUndefined();
      return { keys, sizes };
    }
    token = page.nextPageToken;
  }
  throw new Error('paging did not end');
}

describe('search/jql on a small site', () => {
  const site = useSite(tinySite);

  it('returns issues carrying only their id when no fields are asked for', async () => {
    const { status, body } = await call(site(), `${SEARCH}?jql=${encodeURIComponent('project = BET')}`);
    expect(status).toBe(200);
    expect(body).toEqual({ issues: [{ id: '2001' }, { id: '2002' }], isLast: true });
  });

  it('returns only the requested fields the issue has when fields are given comma-separated or repeated', async () => {
    const { body } = await call(site(), `${SEARCH}?jql=key%3DALP-1&fields=summary,parent&fields=labels`);
    expect(body).toEqual({
      issues: [{ id: '1001', self: `${site().url}/rest/api/3/issue/1001`, key: 'ALP-1', fields: { summary: 'Alpha epic', labels: ['risk'] } }],
      isLast: true,
    });
  });

  it('returns key and an empty fields object when only key is asked for', async () => {
    const { body } = await post(site(), { jql: 'key = ALP-2', fields: ['key'] });
    expect(body).toEqual({ issues: [{ id: '1002', self: `${site().url}/rest/api/3/issue/1002`, key: 'ALP-2', fields: {} }], isLast: true });
  });

  it('returns only the requested properties the issue has when properties are asked for', async () => {
    const page = searchPageShape.parse(
      (await post(site(), { jql: 'key in (ALP-1, ALP-2)', fields: ['key'], properties: ['product-work-type', 'other'] })).body,
    );
    expect(page.issues.map((issue) => issue.properties)).toEqual([{}, { 'product-work-type': { workType: 'feature' } }]);
  });

  it('returns every issue once, in order, when paging through with nextPageToken', async () => {
    const { keys, sizes } = await allPages(site(), { jql: 'project in (ALP, BET) ORDER BY key DESC', fields: ['key'], maxResults: 2 });
    expect(keys).toEqual(['BET-2', 'BET-1', 'ALP-10', 'ALP-4', 'ALP-3', 'ALP-2', 'ALP-1']);
    expect(sizes).toEqual([2, 2, 2, 1]);
  });

  it('returns 400 when a page token belongs to another query', async () => {
    const first = searchPageShape.parse((await post(site(), { jql: 'project = ALP', maxResults: 1 })).body);
    const replayed = await post(site(), { jql: 'project = BET', maxResults: 1, nextPageToken: first.nextPageToken });
    expect(replayed.status).toBe(400);
    expect((await post(site(), { jql: 'project = ALP', nextPageToken: 'not-a-token' })).status).toBe(400);
  });

  it("returns 400 with Jira's message when the JQL is invalid or unbounded", async () => {
    const invalid = await call(site(), `${SEARCH}?jql=${encodeURIComponent('status = Shipped')}`);
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual({ errorMessages: ["The value 'Shipped' does not exist for the field 'status'."], errors: {} });
    const unbounded = await post(site(), { jql: 'order by created' });
    expect(messagesOf(unbounded.body)).toEqual(['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.']);
    expect((await post(site(), {})).status).toBe(400);
  });

  it('returns only browsable issues, and 400 for a project the user may not browse', async () => {
    const page = searchPageShape.parse((await post(site(), { jql: 'statusCategory = Done', fields: ['key'] }, VIEWER)).body);
    expect(page.issues.map((issue) => issue.key)).toEqual(['ALP-2', 'ALP-4']);
    const hidden = await post(site(), { jql: 'project = BET' }, VIEWER);
    expect(messagesOf(hidden.body)).toEqual(["The value 'BET' does not exist for the field 'project'."]);
  });

  it('returns 400 when more than 5 properties are asked for', async () => {
    const response = await post(site(), { jql: 'project = ALP', properties: ['a', 'b', 'c', 'd', 'e', 'f'] });
    expect(response.status).toBe(400);
    expect(messagesOf(response.body)).toEqual(['At most 5 issue properties can be requested; got 6.']);
  });

  it('returns 400 naming the key when the body has a key Jira does not accept', async () => {
    const response = await post(site(), { jql: 'project = ALP', startAt: 10 });
    expect(response.status).toBe(400);
    expect(messagesOf(response.body)[0]).toMatch(/Unrecognized field "startAt"/);
  });

  it('returns 400 when the body is not JSON', async () => {
    const response = await call(site(), SEARCH, { method: 'POST', rawBody: '{"jql": ' });
    expect(response.status).toBe(400);
    expect(messagesOf(response.body)).toEqual(['Invalid request payload. Refer to the REST API documentation and try again.']);
  });
});

describe('search/jql page sizes on the sample site', () => {
  const site = useSite(() => loadFixture(SAMPLE_FIXTURE));

  it('returns 50 issues a page when maxResults is not given', async () => {
    const page = searchPageShape.parse((await post(site(), { jql: 'project = PAY' }, SAMPLE_ADMIN)).body);
    expect(page.issues).toHaveLength(50);
  });

  it('returns at most 100 issues a page when fields other than id and key are asked for', async () => {
    const { keys, sizes } = await allPages(site(), { jql: 'project in (PAY, GRT, MOB)', fields: ['summary', 'status'], maxResults: 5000 }, SAMPLE_ADMIN);
    expect(sizes).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 11]);
    expect(new Set(keys).size).toBe(811);
  });

  it('returns up to 5000 issues a page when only ids or keys are asked for', async () => {
    const { keys, sizes } = await allPages(site(), { jql: 'project in (PAY, GRT, MOB)', fields: ['id', 'key'], maxResults: 5000 }, SAMPLE_ADMIN);
    expect(sizes).toEqual([811]);
    expect(keys).toHaveLength(811);
  });

  it('returns every issue of a project once and in id order when paging by 37', async () => {
    const { keys } = await allPages(site(), { jql: 'project = PAY', fields: ['key'], maxResults: 37 }, SAMPLE_ADMIN);
    const expected = loadFixture(SAMPLE_FIXTURE)
      .issues.filter((i) => i.fields.project.key === 'PAY')
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((i) => i.key);
    expect(keys).toEqual(expected);
  });
});
