import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixture } from '../../dev/site/fixture';
import { startJiraSite, type JiraSite } from '../../dev/site/server';
import { startLocalApp, type LocalApp } from '../../dev/local/app';
import { resolverFunctions } from '../../src/resolvers/registry';
import type { FigureApi, ProductTabData } from '../../src/shared/api';
import type { ResolverResult } from '../../src/shared/result';

const ADMIN = '557058:admin-0001';
const LEAD = '557058:lead-0002';
const OWNER = '557058:po-0003';
const NEWCOMER = '557058:none-0004';
const PAY = { type: 'jira:projectPage', project: { id: '10000', key: 'PAY', type: 'software' } };

let site: JiraSite;
let app: LocalApp;
let functions: ReturnType<typeof resolverFunctions>;

type ReadyTab = Extract<ProductTabData, { asOf: string }>;

/** The Product tab's figures once its snapshot is ready (the queue drained first). */
async function readyFigures(accountId: string, payload: unknown = {}): Promise<ReadyTab> {
  await app.queue.idle();
  const result = await call('figures/get', payload, accountId);
  if (!result.ok) throw new Error(result.error.message);
  if (result.data.asOf === null) throw new Error(`figures/get answered ${result.data.snapshot.status}`);
  return result.data;
}

/** Calls a resolver as Forge would: the payload, and the caller's account and surface in the context. */
async function call<K extends keyof FigureApi>(
  key: K,
  payload: unknown,
  accountId: string,
  extension: unknown = PAY,
): Promise<ResolverResult<FigureApi[K]['data']>> {
  const run = functions.get(key);
  if (run === undefined) throw new Error(`no resolver ${key}`);
  // The registry is keyed by string; the key's own data type is the contract in src/shared/api.ts.
  return (await run({ payload, context: { accountId, extension } })) as ResolverResult<FigureApi[K]['data']>;
}

beforeAll(async () => {
  site = await startJiraSite({ fixture: loadFixture(join(__dirname, '../fixtures/sample-site.json')), port: 0 });
  app = startLocalApp(site.url, mkdtempSync(join(tmpdir(), 'figures-')), { msPerSecond: 1 });
  functions = resolverFunctions(app.deps);
  await app.runDaily();
});

afterAll(async () => {
  app.close();
  await site.close();
});

const epicPanel = (key: string) => ({ type: 'jira:issuePanel', project: PAY.project, issue: { id: '0', key, type: 'Epic' } });

describe('figures/get', () => {
  it("returns the product figures, shares and epics of the project in the context, from its snapshot taken at Jira's clock", async () => {
    const data = await readyFigures(ADMIN);
    expect(data.snapshot.status).toBe('ready');
    // The daily fan-out measured Jira's clock once; each build reads the app's clock corrected by it.
    expect(Math.abs(Date.parse(data.asOf) - Date.parse(site.now()))).toBeLessThan(5000);
    expect(data.product.project).toBe('PAY');
    expect(data.product.workload.months).toHaveLength(12);
    expect(data.shares).toHaveLength(12);
    expect(data.product.velocity.boards.map((board) => board.id)).toEqual([1, 2]);
    expect(data.epics.find((epic) => epic.key === 'PAY-1')).toMatchObject({ workType: 'risk', source: 'property' });
  });

  it('returns the last months asked for out of the stored window', async () => {
    const data = await readyFigures(ADMIN, { months: 3 });
    expect(data.product.workload.months.map((month) => month.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(data.product.deliveredPoints).toHaveLength(3);
  });

  it('returns whether the viewer may tag epics', async () => {
    expect(await call('figures/get', { months: 1 }, OWNER)).toMatchObject({ ok: true, data: { canEdit: true } });
    expect(await call('figures/get', { months: 1 }, LEAD)).toMatchObject({ ok: true, data: { canEdit: false } });
  });

  it('returns NOT_FOUND for a viewer who may not browse the project', async () => {
    const result = await call('figures/get', {}, NEWCOMER);
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: "Project 'PAY' was not found, or you do not have permission to browse it" } });
  });

  it('returns VALIDATION naming the field for a bad payload', async () => {
    expect(await call('figures/get', { months: 0 }, ADMIN)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'months' } });
    expect(await call('figures/get', { months: 12, project: 'MOB' }, ADMIN)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('returns VALIDATION when called outside a project', async () => {
    const result = await call('figures/get', {}, ADMIN, { type: 'jira:globalPage' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'context.extension.project' } });
  });

  it('refuses a call without a signed-in account', async () => {
    const result = await call('figures/get', {}, '');
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'context' } });
  });
});

describe('epics/tag and epic/get', () => {
  it('returns the epic with how its work type was decided and whether the viewer may edit it', async () => {
    const asOwner = await call('epic/get', {}, OWNER, epicPanel('PAY-1'));
    const asLead = await call('epic/get', {}, LEAD, epicPanel('PAY-1'));
    expect(asOwner).toMatchObject({ ok: true, data: { key: 'PAY-1', workType: 'risk', source: 'property', canEdit: true } });
    expect(asLead).toMatchObject({ ok: true, data: { canEdit: false } });
  });

  it('tags untagged epics in bulk, and the figures then count their issues under that type', async () => {
    const before = await readyFigures(OWNER);
    const untagged = before.epics.filter((epic) => epic.source === 'none').map((epic) => epic.key);
    expect(untagged.length).toBeGreaterThan(0);
    expect(await call('epics/tag', { issueKeys: untagged, workType: 'debt' }, OWNER)).toEqual({ ok: true, data: { updated: untagged } });
    const after = await readyFigures(OWNER);
    for (const key of untagged) expect(after.epics.find((epic) => epic.key === key)).toMatchObject({ workType: 'debt', source: 'property' });
    const debtPoints = (data: ReadyTab) => data.product.inFlight.debt.points + data.product.workload.months.reduce((sum, month) => sum + month.debt.points, 0);
    expect(debtPoints(after)).toBeGreaterThan(debtPoints(before));
  });

  it('returns VALIDATION naming the context when the panel is on an issue that is not an epic', async () => {
    expect(await call('epic/get', {}, ADMIN, epicPanel('PAY-12'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'context.extension.issue' },
    });
  });

  it('returns FORBIDDEN and writes nothing for a viewer without Edit Issues', async () => {
    const result = await call('epic/tag', { workType: 'feature' }, LEAD, epicPanel('PAY-1'));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('epic/get', {}, ADMIN, epicPanel('PAY-1'))).toMatchObject({ ok: true, data: { workType: 'risk' } });
  });

  it('returns VALIDATION and writes nothing when one key is not an epic of the project', async () => {
    const result = await call('epics/tag', { issueKeys: ['PAY-2', 'PAY-12'], workType: 'feature' }, ADMIN);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: "Issue 'PAY-12' is not an epic; work categories are set on epics" } });
    const other = await call('epics/tag', { issueKeys: ['GRT-1'], workType: 'feature' }, ADMIN);
    expect(other).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: "Issue 'GRT-1' is not in project 'PAY'" } });
  });

  it('returns VALIDATION for an unknown work type or a malformed key', async () => {
    expect(await call('epics/tag', { issueKeys: ['PAY-1'], workType: 'Feature' }, ADMIN)).toMatchObject({ ok: false, error: { field: 'workType' } });
    expect(await call('epics/tag', { issueKeys: ['pay 1'], workType: 'risk' }, ADMIN)).toMatchObject({ ok: false, error: { field: 'issueKeys.0' } });
  });
});

describe('portfolio/overview', () => {
  it('returns one row per product the viewer may browse and no other', async () => {
    await app.queue.idle();
    const result = await call('portfolio/overview', {}, LEAD, { type: 'jira:globalPage' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.products.map((row) => row.projectKey)).toEqual(['GRT', 'PAY']);
    expect(result.data.months).toEqual(['2026-09', '2026-10', '2026-11']);
    const [first] = result.data.products;
    expect(first !== undefined && 'velocity' in first ? first.velocity : null).toEqual(expect.any(Number));
  });

  it('returns an empty portfolio for a viewer who may browse nothing', async () => {
    const result = await call('portfolio/overview', {}, NEWCOMER, { type: 'jira:globalPage' });
    expect(result).toMatchObject({ ok: true, data: { products: [], totalShares: null } });
  });
});
