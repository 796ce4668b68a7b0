import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixture } from '../../dev/site/fixture';
import { startJiraSite, type JiraSite } from '../../dev/site/server';
import { localDependencies } from '../../dev/local/dependencies';
import { LocalRefreshQueue } from '../../dev/local/localQueue';
import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import { resolverFunctions } from '../../src/resolvers/registry';

/**
 * `users/search` and `users/names` against the local Jira site (user/search and user/bulk), asked as
 * the caller, from the global page (no project in the context).
 */
const ADMIN = '557058:admin-0001';
const SAM = '557058:po-0003';
const GLOBAL_PAGE = { type: 'jira:globalPage' };

let site: JiraSite;
let functions: ReturnType<typeof resolverFunctions>;
const jiraPaths: string[] = [];

async function call(key: string, payload: unknown): Promise<unknown> {
  const run = functions.get(key);
  if (run === undefined) throw new Error(`no resolver ${key}`);
  return run({ payload, context: { accountId: ADMIN, extension: GLOBAL_PAGE } });
}

beforeAll(async () => {
  site = await startJiraSite({ fixture: loadFixture(join(__dirname, '../fixtures/sample-site.json')), port: 0 });
  const deps = localDependencies(site.url, mkdtempSync(join(tmpdir(), 'users-')), new LocalRefreshQueue({ concurrency: 1 }));
  functions = resolverFunctions({
    ...deps,
    jiraFor: (caller) => {
      const send = httpSender(site.url, { user: caller.accountId, token: 'local' });
      return new JiraClient(async (request) => {
        jiraPaths.push(request.path);
        return send(request);
      });
    },
  });
});
afterAll(() => site.close());
beforeEach(() => {
  jiraPaths.length = 0;
});

describe('users/search', () => {
  it('returns the people whose name starts with the query as the site has them, asked through user/search', async () => {
    expect(await call('users/search', { query: 'sam' })).toEqual({ ok: true, data: { users: [{ accountId: SAM, displayName: 'Sam Product-Owner' }] } });
    expect(jiraPaths).toEqual(['/rest/api/3/user/search']);
  });

  it("returns people only when the site's answer also lists the app's own account", async () => {
    expect(await call('users/search', { query: 'pro' })).toEqual({ ok: true, data: { users: [{ accountId: SAM, displayName: 'Sam Product-Owner' }] } });
  });

  it('returns an empty list without asking Jira when the query is blank', async () => {
    expect(await call('users/search', { query: '  ' })).toEqual({ ok: true, data: { users: [] } });
    expect(jiraPaths).toEqual([]);
  });

  it('returns VALIDATION naming query when it is not text or longer than a name', async () => {
    expect(await call('users/search', { query: 7 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'query', message: 'query: must be text' },
    });
    expect(await call('users/search', { query: 'a'.repeat(101) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'query', message: 'query: must be at most 100 characters' },
    });
    expect(jiraPaths).toEqual([]);
  });
});

describe('users/names', () => {
  it('returns the display name of each known account and omits unknown ones', async () => {
    expect(await call('users/names', { accountIds: [SAM, '557058:left-9999', ADMIN] })).toEqual({
      ok: true,
      data: { names: { [SAM]: 'Sam Product-Owner', [ADMIN]: 'Alex Admin' } },
    });
    expect(jiraPaths).toEqual(['/rest/api/3/user/bulk']);
  });

  it('returns no names without asking Jira when no account is asked', async () => {
    expect(await call('users/names', { accountIds: [] })).toEqual({ ok: true, data: { names: {} } });
    expect(jiraPaths).toEqual([]);
  });

  it('returns VALIDATION naming accountIds when there are more than 50, or the item that is not an account id', async () => {
    const many = Array.from({ length: 51 }, (_, index) => `557058:user-${index}`);
    expect(await call('users/names', { accountIds: many })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'accountIds', message: 'accountIds: must list at most 50 account ids at once' },
    });
    expect(await call('users/names', { accountIds: [SAM, 'not an id!'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'accountIds.1', message: 'accountIds.1: must be an Atlassian account id' },
    });
    expect(await call('users/names', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'accountIds' } });
    expect(jiraPaths).toEqual([]);
  });
});
