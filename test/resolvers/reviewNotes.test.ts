import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDependencies } from '../../dev/local/dependencies';
import { LocalRefreshQueue } from '../../dev/local/localQueue';
import { loadFixture } from '../../dev/site/fixture';
import { startJiraSite, type JiraSite } from '../../dev/site/server';
import { resolverFunctions } from '../../src/resolvers/registry';

/** What the bridge never lets through (it sends objects only), called on the resolver functions themselves. */
const ADMIN = '557058:admin-0001';
const GLOBAL = { type: 'jira:globalPage' };

let site: JiraSite;
let functions: ReturnType<typeof resolverFunctions>;

async function call(key: string, payload: unknown, context: unknown): Promise<unknown> {
  const run = functions.get(key);
  if (run === undefined) throw new Error(`no resolver ${key}`);
  return run({ payload, context });
}

beforeAll(async () => {
  site = await startJiraSite({ fixture: loadFixture(join(__dirname, '../fixtures/sample-site.json')), port: 0 });
  functions = resolverFunctions(localDependencies(site.url, mkdtempSync(join(tmpdir(), 'review-notes-')), new LocalRefreshQueue({ concurrency: 1 })));
});
afterAll(() => site.close());

describe('notes/* resolver functions', () => {
  it.each(['notes/list', 'notes/save', 'notes/delete', 'notes/history'])('answers VALIDATION on payload when %s gets a list, text or a number', async (key) => {
    for (const payload of [[{ projectKey: 'PAY' }], 'PAY', 7]) {
      expect(await call(key, payload, { accountId: ADMIN, extension: GLOBAL })).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: 'payload: must be an object', field: 'payload' },
      });
    }
  });

  it('answers VALIDATION on the context, and reads nothing, when the call has no signed-in account', async () => {
    const reply = await call('notes/list', { months: ['2026-10'] }, { extension: GLOBAL });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'context' } });
  });
});
