import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixture } from '../../dev/site/fixture';
import { startJiraSite, type JiraSite } from '../../dev/site/server';
import { localDependencies } from '../../dev/local/dependencies';
import { LocalRefreshQueue } from '../../dev/local/localQueue';
import { resolverFunctions } from '../../src/resolvers/registry';
import type { PortfolioRecordRow } from '../../src/shared/api';

const ADMIN = '557058:admin-0001';
const LEAD = '557058:lead-0002';
const GLOBAL = { type: 'jira:globalPage' };
const PAY = { type: 'jira:projectPage', project: { id: '10000', key: 'PAY', type: 'software' } };

let site: JiraSite;
let functions: ReturnType<typeof resolverFunctions>;

async function call(key: string, payload: unknown, accountId: string, extension: unknown): Promise<unknown> {
  const run = functions.get(key);
  if (run === undefined) throw new Error(`no resolver ${key}`);
  return run({ payload, context: { accountId, extension } });
}

async function rows(accountId: string): Promise<PortfolioRecordRow[]> {
  const result = await call('portfolio/records', {}, accountId, GLOBAL);
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== true || !('data' in result)) throw new Error(JSON.stringify(result));
  const data = result.data as { products: PortfolioRecordRow[] };
  return data.products;
}

beforeAll(async () => {
  site = await startJiraSite({ fixture: loadFixture(join(__dirname, '../fixtures/sample-site.json')), port: 0 });
  functions = resolverFunctions(localDependencies(site.url, mkdtempSync(join(tmpdir(), 'portfolio-records-')), new LocalRefreshQueue({ concurrency: 1 })));
});
afterAll(() => site.close());

describe('portfolio/records', () => {
  it('returns zero highlights but every due analysis when nothing is stored yet', async () => {
    const [grt, pay] = await rows(LEAD);
    expect([grt?.project, pay?.project]).toEqual(['GRT', 'PAY']);
    expect(pay?.openRisks).toEqual({ low: 0, medium: 0, high: 0 });
    expect(pay?.roadmap).toEqual({ total: 0, atRisk: 0, missed: 0, delivered: 0 });
    expect(pay?.analysesDue).toBeGreaterThan(0);
  });

  it('counts open risks by band and milestones at risk once they are saved', async () => {
    const risk = (likelihood: number, impact: number, status: string) => ({
      risk: {
        statement: 'Given that the vendor ends support, there is a risk that payments fail, which will lead to lost revenue',
        likelihood,
        impact,
        strategy: 'mitigate',
        mitigation: 'Plan the migration',
        status,
      },
    });
    for (const payload of [risk(5, 5, 'open'), risk(3, 3, 'open'), risk(1, 2, 'closed')]) {
      expect(await call('risks/save', payload, ADMIN, PAY)).toMatchObject({ ok: true });
    }
    const item = { item: { title: 'Instant refunds', outcome: 'Refunds in minutes, not days', targetMonth: '2026-12', status: 'at-risk' } };
    expect(await call('roadmap/save', item, ADMIN, PAY)).toMatchObject({ ok: true });
    const pay = (await rows(LEAD)).find((row) => row.project === 'PAY');
    expect(pay?.openRisks).toEqual({ low: 0, medium: 1, high: 1 });
    expect(pay?.roadmap).toEqual({ total: 1, atRisk: 1, missed: 0, delivered: 0 });
  });

  it('counts one fewer due analysis once one is saved', async () => {
    const before = (await rows(ADMIN)).find((row) => row.project === 'PAY')?.analysesDue ?? 0;
    const analysis = {
      analysis: {
        versionId: '10101',
        analysisDate: '2026-01-20',
        expectedOutcomes: 'Faster refunds',
        analysis: 'Refund time fell from 3 days to 4 hours',
        verdict: 'achieved',
      },
    };
    expect(await call('releases/saveAnalysis', analysis, ADMIN, PAY)).toMatchObject({ ok: true });
    expect((await rows(ADMIN)).find((row) => row.project === 'PAY')?.analysesDue).toBe(before - 1);
  });

  it('returns no row for projects the viewer may not browse', async () => {
    expect((await rows(LEAD)).map((row) => row.project)).not.toContain('MOB');
    expect((await rows(ADMIN)).map((row) => row.project)).toEqual(['GRT', 'MOB', 'PAY']);
  });
});
