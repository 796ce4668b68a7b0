import type { PortfolioOverviewRow, PortfolioProductRow, PortfolioSnapshotOverview } from '../../src/shared/api';
import type { SignalCode } from '../../src/shared/figures';
import type { FixtureProject } from '../../dev/site/fixture';
import { admin, invokeAs, projectExtension } from './demoFacts';
import type { Harness } from './harness';

/** What the Portfolio review's browser tests seed and read: records, last month's closes, the overview. */
export type ReadyRow = Extract<PortfolioOverviewRow, { snapshot: { status: 'ready' } }>;

function isOverviewAnswer(value: unknown): value is { ok: true; data: PortfolioSnapshotOverview } {
  if (typeof value !== 'object' || value === null || !('ok' in value) || value.ok !== true || !('data' in value)) return false;
  const data = value.data;
  return typeof data === 'object' && data !== null && 'products' in data && Array.isArray(data.products) && 'months' in data && Array.isArray(data.months);
}

/** `portfolio/overview` as `accountId` sees it now. */
export async function portfolioOverview(harness: Harness, accountId = admin(harness.fixture).accountId): Promise<PortfolioSnapshotOverview> {
  const answer = await invokeAs(harness, accountId, 'portfolio/overview', { type: 'jira:globalPage' });
  if (!isOverviewAnswer(answer)) throw new Error(`portfolio/overview failed: ${JSON.stringify(answer).slice(0, 300)}`);
  return answer.data;
}

export const readyRows = (overview: PortfolioSnapshotOverview): ReadyRow[] =>
  overview.products.filter((row): row is ReadyRow => row.snapshot.status === 'ready');

async function save(harness: Harness, project: FixtureProject, key: string, payload: unknown): Promise<void> {
  const answer = await invokeAs(harness, admin(harness.fixture).accountId, key, projectExtension(project), payload);
  if (typeof answer !== 'object' || answer === null || !('ok' in answer) || answer.ok !== true)
    throw new Error(`${key} failed: ${JSON.stringify(answer).slice(0, 300)}`);
}

const OVERDUE_RISK = {
  statement: 'Given that the PSP contract ends in January, there is a risk that no successor is signed, which will lead to an outage of card payments.',
  likelihood: 4,
  impact: 5,
  strategy: 'avoid',
  mitigation: 'Tender with two successors in parallel.',
  status: 'open',
  reviewDate: '2026-10-01',
};

/** A high risk past its review date on one product, and a milestone past its month and another ahead on another. */
export async function seedRecords(harness: Harness, risky: FixtureProject, planned: FixtureProject): Promise<void> {
  await save(harness, risky, 'risks/save', { risk: OVERDUE_RISK });
  await save(harness, planned, 'roadmap/save', {
    item: { title: 'Self-service benefit claims', outcome: 'Half of claims filed online.', targetMonth: '2026-09', status: 'in-progress' },
  });
  await save(harness, planned, 'roadmap/save', {
    item: { title: 'Accessibility audit passed', outcome: 'WCAG 2.2 AA.', targetMonth: '2027-02', status: 'planned' },
  });
}

/** A row of the overview as a month-end record keeps it (the Jira-based figures and signals only). */
function closingRow(row: ReadyRow, change: { velocity: number; signals: SignalCode[] }): PortfolioProductRow {
  const { project, projectName, quarterShares, previousVelocity, sayDo, monthlyPoints, flow, delivery } = row;
  const scaled = (value: number) => Math.round(value * change.velocity * 2) / 2;
  const velocity = row.velocity === null ? null : Math.round(row.velocity * change.velocity * 10) / 10;
  const quarter = { ...row.quarter, feature: { ...row.quarter.feature, points: scaled(row.quarter.feature.points) } };
  const signals = change.signals.map((code) => ({ code, reason: `${code} at the month's end` }));
  return { project, projectName, quarter, quarterShares, velocity, previousVelocity, sayDo, monthlyPoints, flow, delivery, signals };
}

/**
 * Last month's close of every ready product, as the month-end history would have kept it: velocity and
 * Feature points a little different, and for the first product a signal it no longer raises (so one "cleared" shows).
 */
export async function seedLastMonth(harness: Harness, overview: PortfolioSnapshotOverview, month: string): Promise<void> {
  for (const [index, row] of readyRows(overview).entries()) {
    const now = row.signals
      .map((signal) => signal.code)
      .filter((code) => code !== 'risk-review-overdue' && code !== 'analysis-overdue' && code !== 'roadmap-slipping');
    const signals: SignalCode[] = index === 0 ? [...now.slice(1), 'overcommitment'] : now;
    const figures = closingRow(row, { velocity: index % 2 === 0 ? 1.4 : 0.8, signals: [...new Set(signals)] });
    await harness.site.app.deps.snapshots.putMonthEnd({
      projectKey: row.projectKey,
      month,
      takenAt: `${month}-28T23:00:00.000Z`,
      figures: { full: figures, public: figures },
    });
  }
}

/** `2026-11` → `2026-10`. */
export function monthBefore(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

function dueVersionIds(answer: unknown): string[] {
  if (typeof answer !== 'object' || answer === null || !('data' in answer) || typeof answer.data !== 'object' || answer.data === null) return [];
  const items: unknown[] = 'items' in answer.data && Array.isArray(answer.data.items) ? answer.data.items : [];
  return items.flatMap((item) =>
    typeof item === 'object' &&
    item !== null &&
    'analysisStatus' in item &&
    item.analysisStatus === 'due' &&
    'versionId' in item &&
    typeof item.versionId === 'string'
      ? [item.versionId]
      : [],
  );
}

/** Writes the impact analysis of every release of `project` whose analysis is due, as a team catching up would. */
export async function catchUpAnalyses(harness: Harness, project: FixtureProject): Promise<void> {
  const releases = await invokeAs(harness, admin(harness.fixture).accountId, 'releases/list', projectExtension(project));
  for (const versionId of dueVersionIds(releases)) {
    const analysis = { versionId, analysisDate: '2026-11-02', expectedOutcomes: 'Fewer support calls', analysis: 'Calls fell by a third', verdict: 'achieved' };
    await save(harness, project, 'releases/saveAnalysis', { analysis });
  }
}
