import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSite, type LocalSite } from '../../dev/local/server';
import { loadFixture } from '../../dev/site/fixture';

const CONTEXT = { accountId: '557058:admin-0001', extension: { type: 'jira:projectPage', project: { id: '10000', key: 'PAY', type: 'software' } } };

let site: LocalSite;
beforeAll(async () => {
  const fixture = loadFixture(join(__dirname, '../fixtures/sample-site.json'));
  site = await startLocalSite({ fixture, port: 0, stateDir: mkdtempSync(join(tmpdir(), 'unknown-keys-')), skipInitialRefresh: true });
});
afterAll(() => site.close());

/** What the bridge stand-in sends for `invoke(key, payload)`. */
async function invoke(key: string, payload: unknown = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${site.url}/__bridge/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key, payload, context: CONTEXT }),
  });
  return { status: response.status, body: await response.json() };
}

describe('resolver keys no resolver defines, through POST /__bridge/invoke', () => {
  it.each(['constructor', 'hasOwnProperty', '__proto__', 'toString', 'valueOf', 'isPrototypeOf', 'nope/get'])(
    'returns 404 with a NOT_FOUND JSON error naming the key when the key is %s',
    async (key) => {
      expect(await invoke(key)).toEqual({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message: `No resolver is defined for key '${key}'` } } });
    },
  );

  it('returns the resolver answer when the payload names built-in members', async () => {
    const reply = await invoke('risks/list', { constructor: 'x', toString: 1 });
    expect(reply).toMatchObject({ status: 200, body: { ok: false, error: { code: 'VALIDATION', field: 'payload' } } });
  });
});
