import type { PortfolioOverviewRow } from '../../src/shared/api';
import { SAMPLE_V2, projectPage, startHarness, type SnapshotHarness } from './localApp';

const ADMIN = '557058:admin-0001';
const PO = '557058:po-0003';
const DAY_MS = 24 * 60 * 60 * 1000;
let harness: SnapshotHarness;

beforeAll(async () => {
  harness = await startHarness(SAMPLE_V2);
  await harness.app.runDaily();
  await harness.app.queue.idle();
});

afterAll(() => harness.close());

type ReadyRow = Extract<PortfolioOverviewRow, { records: unknown }>;

async function rows(viewer: string): Promise<Map<string, ReadyRow>> {
  const result = await harness.call('portfolio/overview', {}, viewer);
  if (!result.ok) throw new Error(result.error.message);
  return new Map(result.data.products.flatMap((row) => ('records' in row ? [[row.projectKey, row] as const] : [])));
}

async function row(viewer: string, project: string): Promise<ReadyRow> {
  const found = (await rows(viewer)).get(project);
  if (found === undefined) throw new Error(`no ready row for ${project}`);
  return found;
}

const risk = (likelihood: number, impact: number, reviewDate: string) => ({
  risk: {
    statement: 'Given that the card vendor ends support, there is a risk that payments fail, which will lead to lost revenue',
    likelihood,
    impact,
    strategy: 'mitigate',
    mitigation: 'Plan the migration',
    status: 'open',
    reviewDate,
  },
});

describe('the Portfolio review rows', () => {
  it('returns the signals that follow from Jira with their reasons in words and numbers, and releases awaiting their analysis', async () => {
    const mob = await row(ADMIN, 'MOB');
    expect(mob.signals.map((signal) => signal.code)).toEqual(['no-risk-or-debt', 'untagged-work', 'velocity-drop', 'analysis-overdue']);
    expect(mob.records.analysesDue).toBeGreaterThan(0);
    expect(mob.signals.find((signal) => signal.code === 'analysis-overdue')?.reason).toMatch(/^Impact analysis due and not written for \d+ releases?: '/);
    expect(mob.signals.find((signal) => signal.code === 'velocity-drop')?.reason).toMatch(
      /^Velocity [\d.]+ points, down \d+ % from [\d.]+ points over the previous 3 sprints$/,
    );
  });

  it('returns an overdue high risk as a signal, and the risks by band and above appetite, as soon as it is saved', async () => {
    expect(await harness.call('risks/save', risk(5, 4, '2020-01-15'), ADMIN, projectPage('PAY'))).toMatchObject({ ok: true });
    expect(await harness.call('risks/save', risk(2, 3, '2099-01-15'), ADMIN, projectPage('PAY'))).toMatchObject({ ok: true });
    const pay = await row(ADMIN, 'PAY');
    expect(pay.records.openRisks).toEqual({ low: 0, medium: 1, high: 1 });
    expect(pay.records.aboveAppetite).toBe(1);
    expect(pay.signals).toContainEqual({
      code: 'risk-review-overdue',
      reason:
        "1 open high risk is past review; the oldest review was due 2020-01-15: 'Given that the card vendor ends support, there is a risk that payments fail, which will lead to lost revenue'",
    });
  });

  it('returns the next milestone and a slipping roadmap item once they are saved', async () => {
    const item = (title: string, targetMonth: string, status: string) => ({ item: { title, outcome: 'Faster refunds', targetMonth, status } });
    expect(await harness.call('roadmap/save', item('Instant refunds', '2025-06', 'in-progress'), ADMIN, projectPage('GRT'))).toMatchObject({ ok: true });
    expect(await harness.call('roadmap/save', item('Shipped wallet', '2025-01', 'delivered'), ADMIN, projectPage('GRT'))).toMatchObject({ ok: true });
    const grt = await row(ADMIN, 'GRT');
    expect(grt.records.nextMilestone).toEqual({ title: 'Instant refunds', targetMonth: '2025-06', status: 'in-progress' });
    expect(grt.signals).toContainEqual({
      code: 'roadmap-slipping',
      reason: "1 roadmap item past the target month and not delivered: 'Instant refunds' (2025-06)",
    });
  });

  it('returns no last month before a month has closed since the first snapshot', async () => {
    expect((await row(ADMIN, 'MOB')).lastMonth).toBeNull();
  });

  it("returns last month's closing figures beside this month's once the month has turned, for stored and computed views alike", async () => {
    const november = await row(ADMIN, 'MOB');
    const novemberPay = await row(PO, 'PAY');
    harness.site.advanceClock(20 * DAY_MS);
    await harness.app.runDaily();
    await harness.settled();
    const mob = await row(ADMIN, 'MOB');
    expect(mob.lastMonth).toMatchObject({
      month: '2026-11',
      velocity: november.velocity,
      sayDo: november.sayDo,
      signals: ['no-risk-or-debt', 'untagged-work', 'velocity-drop'],
    });
    const codes = mob.signals
      .filter((signal) => ['no-risk-or-debt', 'untagged-work', 'velocity-drop', 'overcommitment'].includes(signal.code))
      .map((signal) => signal.code);
    expect(mob.lastMonth?.appeared).toEqual(codes.filter((code) => !(mob.lastMonth?.signals ?? []).includes(code)));
    expect((await row(PO, 'PAY')).lastMonth).toMatchObject({ month: '2026-11', velocity: novemberPay.velocity });
  });

  it('spends at most 2 Jira requests on the review with records and last month', async () => {
    harness.site.resetStats();
    await rows(ADMIN);
    expect(harness.site.stats().requests).toBeLessThanOrEqual(2);
  });
});
