import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORGE_INVOKE_MAX_BYTES } from '../../dev/local/bridgeEndpoint';
import { startLocalSite, type LocalSite } from '../../dev/local/server';
import { loadFixture } from '../../dev/site/fixture';

const CONTEXT = { accountId: '557058:admin-0001', extension: { type: 'jira:projectPage', project: { id: '10000', key: 'PAY', type: 'software' } } };

let site: LocalSite;
beforeAll(async () => {
  const fixture = loadFixture(join(__dirname, '../fixtures/sample-site.json'));
  site = await startLocalSite({ fixture, port: 0, stateDir: mkdtempSync(join(tmpdir(), 'body-limit-')), skipInitialRefresh: true });
});
afterAll(() => site.close());

/** A risks/save call whose body is exactly `bytes` long: the statement fills what the rest leaves. */
function saveBodyOf(bytes: number): string {
  const envelope = (statement: string) => JSON.stringify({ key: 'risks/save', payload: { risk: { statement } }, context: CONTEXT });
  return envelope('x'.repeat(bytes - Buffer.byteLength(envelope(''))));
}

async function post(body: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${site.url}/__bridge/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: await response.json() };
}

describe('POST /__bridge/invoke bodies against Forge invoke limit', () => {
  it('returns 413 with a VALIDATION JSON error naming the size and the limit when the body is one byte over 5 MiB', async () => {
    expect(FORGE_INVOKE_MAX_BYTES).toBe(5_242_880);
    const reply = await post(saveBodyOf(5_242_881));
    expect(reply).toEqual({
      status: 413,
      body: {
        ok: false,
        error: { code: 'VALIDATION', message: 'The request body is 5.0 MiB (5242881 bytes); Forge takes at most 5242880 bytes (5 MiB) per invoke' },
      },
    });
  });

  it("returns the resolver's own answer when the body is exactly 5 MiB", async () => {
    const reply = await post(saveBodyOf(5_242_880));
    expect(reply).toMatchObject({ status: 200, body: { ok: false, error: { code: 'VALIDATION', field: 'risk.statement' } } });
  });

  it('returns 413 rather than resetting the connection when the body is 20 MiB', async () => {
    expect((await post(saveBodyOf(20 * 1024 * 1024))).status).toBe(413);
  });
});
