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

describe("a note's owner", () => {
  const note = { month: '2026-10', decision: 'Stop the pilot', action: 'Tell the merchants', actionState: 'open' };

  it('answers VALIDATION on note.ownerAccountId, and stores nothing, when the owner is no user of the site', async () => {
    const reply = await call(
      'notes/save',
      { projectKey: 'PAY', note: { ...note, ownerAccountId: '557058:nobody-0000' } },
      { accountId: ADMIN, extension: GLOBAL },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'note.ownerAccountId' } });
    const listed = await call('notes/list', { projectKeys: ['PAY'], months: ['2026-10'] }, { accountId: ADMIN, extension: GLOBAL });
    expect(listed).toMatchObject({ ok: true, data: { notes: [] } });
  });

  it('returns the saved note when the owner is a user of the site', async () => {
    const reply = await call('notes/save', { projectKey: 'PAY', note: { ...note, ownerAccountId: ADMIN } }, { accountId: ADMIN, extension: GLOBAL });
    expect(reply).toMatchObject({ ok: true, data: { ownerAccountId: ADMIN, projectKey: 'PAY' } });
  });
});
