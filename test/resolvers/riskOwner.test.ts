import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixture } from '../../dev/site/fixture';
import { startJiraSite, type JiraSite } from '../../dev/site/server';
import { localDependencies } from '../../dev/local/dependencies';
import { LocalRefreshQueue } from '../../dev/local/localQueue';
import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import type { JiraRequest, RawResponse } from '../../src/jira/request';
import { resolverFunctions } from '../../src/resolvers/registry';

/**
 * A risk's owner must be a user of the site (GET /rest/api/3/user). The local Jira site does not serve
 * that endpoint, so this Jira answers it for the fixture's users and passes everything else through.
 */
const ADMIN = '557058:admin-0001';
const KNOWN = new Set([ADMIN, '557058:po-0003']);
const PAY = { type: 'jira:projectPage', project: { id: '10000', key: 'PAY', type: 'software' } };
const RISK = {
  statement: 'Given that the vendor ends support, there is a risk that payments fail, which will lead to lost revenue',
  likelihood: 3,
  impact: 4,
  strategy: 'mitigate',
  mitigation: 'Plan the migration',
  status: 'open',
};

let site: JiraSite;
let functions: ReturnType<typeof resolverFunctions>;
const userLookups: string[] = [];

function userAnswer(request: JiraRequest): RawResponse {
  const accountId = String(request.query?.accountId ?? '');
  userLookups.push(accountId);
  const found = KNOWN.has(accountId);
  const text = JSON.stringify(found ? { accountId, displayName: accountId, active: true } : { errorMessages: [`Specified user does not exist`] });
  return { status: found ? 200 : 404, header: () => 'application/json', text };
}

async function save(risk: Record<string, unknown>): Promise<unknown> {
  const run = functions.get('risks/save');
  if (run === undefined) throw new Error('no resolver risks/save');
  return run({ payload: { risk }, context: { accountId: ADMIN, extension: PAY } });
}

beforeAll(async () => {
  site = await startJiraSite({ fixture: loadFixture(join(__dirname, '../fixtures/sample-site.json')), port: 0 });
  const deps = localDependencies(site.url, mkdtempSync(join(tmpdir(), 'risk-owner-')), new LocalRefreshQueue({ concurrency: 1 }));
  functions = resolverFunctions({
    ...deps,
    jiraFor: (caller) => {
      const pass = httpSender(site.url, { user: caller.accountId, token: 'local' });
      return new JiraClient(async (request) => (request.path === '/rest/api/3/user' ? userAnswer(request) : pass(request)));
    },
  });
});
afterAll(() => site.close());

describe('risks/save owner', () => {
  it('returns the risk with its owner when the owner is a user of the site', async () => {
    expect(await save({ ...RISK, ownerAccountId: '557058:po-0003' })).toMatchObject({ ok: true, data: { ownerAccountId: '557058:po-0003' } });
  });

  it('returns VALIDATION on risk.ownerAccountId when Jira answers 404 for the account', async () => {
    const reply = await save({ ...RISK, ownerAccountId: '557058:left-9999' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'risk.ownerAccountId' } });
    expect(JSON.stringify(reply)).toContain('not a user of this Jira site');
  });

  it('returns the edited risk without asking Jira again when the owner is unchanged', async () => {
    const created = await save({ ...RISK, ownerAccountId: ADMIN });
    if (typeof created !== 'object' || created === null || !('data' in created)) throw new Error(JSON.stringify(created));
    const { id, version } = savedRef(created.data);
    const before = userLookups.length;
    expect(await save({ ...RISK, id, version, ownerAccountId: ADMIN, impact: 5 })).toMatchObject({ ok: true, data: { impact: 5, version: 2 } });
    expect(userLookups).toHaveLength(before);
  });
});

function savedRef(data: unknown): { id: string; version: number } {
  if (typeof data === 'object' && data !== null && 'id' in data && 'version' in data && typeof data.id === 'string' && typeof data.version === 'number')
    return { id: data.id, version: data.version };
  throw new Error(`not a saved risk: ${JSON.stringify(data)}`);
}
