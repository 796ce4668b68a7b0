import type { PortfolioOverviewRow, PortfolioProductRow, PortfolioSnapshotOverview } from '../../src/shared/api';
import type { SignalCode } from '../../src/shared/figures';
import type { FixtureProject } from '../../dev/site/fixture';
import { admin, invokeAs, projectExtension } from './demoFacts';
import type { FrameLocator } from 'playwright-core';
import { appFrame, type Harness, type Visit, type Visits } from './harness';

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

export interface SeededReview {
  overview: PortfolioSnapshotOverview;
  /** The product with an overdue high risk, and the one with a slipping milestone. */
  risky: FixtureProject;
  planned: FixtureProject;
  /** The month under review (`YYYY-MM`), and the one before it. */
  month: string;
  lastMonth: string;
}

/**
 * The review as a meeting finds it: an overdue high risk, a slipping milestone, one team caught up on
 * its release analyses (so it raises no signal and the filter has a product to leave out), and last
 * month's close of every product.
 */
export async function seedReview(harness: Harness): Promise<SeededReview> {
  const [risky, planned, ...others] = harness.fixture.projects;
  if (risky === undefined || planned === undefined) throw new Error('the demo site has fewer than two projects');
  await seedRecords(harness, risky, planned);
  const before = await portfolioOverview(harness);
  const calm = others.find((project) =>
    readyRows(before).some((row) => row.projectKey === project.key && row.signals.every((s) => s.code === 'analysis-overdue')),
  );
  if (calm) await catchUpAnalyses(harness, calm);
  const month = before.months[before.months.length - 1];
  if (month === undefined) throw new Error('portfolio/overview names no month');
  await seedLastMonth(harness, before, monthBefore(month));
  return { overview: await portfolioOverview(harness), risky, planned, month, lastMonth: monthBefore(month) };
}

export interface StoredNote {
  id: string;
  version: number;
  decision: string;
  actionState: string;
  ownerAccountId?: string;
}

function isStoredNote(value: unknown): value is StoredNote {
  return (
    typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' && 'version' in value && typeof value.version === 'number'
  );
}

/** `notes/save` as the site admin; the note as stored. */
export async function saveNoteAs(harness: Harness, projectKey: string, note: Record<string, unknown>): Promise<StoredNote> {
  const answer = await invokeAs(harness, admin(harness.fixture).accountId, 'notes/save', { type: 'jira:globalPage' }, { projectKey, note });
  const data = typeof answer === 'object' && answer !== null && 'data' in answer ? answer.data : undefined;
  if (!isStoredNote(data)) throw new Error(`notes/save failed: ${JSON.stringify(answer).slice(0, 300)}`);
  return data;
}

/** `notes/list` of `months` as the site admin. */
export async function listNotesAs(harness: Harness, months: string[]): Promise<StoredNote[]> {
  const answer = await invokeAs(harness, admin(harness.fixture).accountId, 'notes/list', { type: 'jira:globalPage' }, { months });
  const data = typeof answer === 'object' && answer !== null && 'data' in answer ? answer.data : undefined;
  const notes: unknown = typeof data === 'object' && data !== null && 'notes' in data ? data.notes : undefined;
  if (!Array.isArray(notes)) throw new Error(`notes/list failed: ${JSON.stringify(answer).slice(0, 300)}`);
  return notes.filter(isStoredNote);
}

/** The project keys of a table's rows, top to bottom, from their test ids. */
export async function rowKeys(frame: FrameLocator, table: string): Promise<string[]> {
  const ids = await frame
    .getByTestId(table)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^.*row-/, ''));
}

/** The Portfolio review as the site admin sees it, once its table and its lazily loaded sections are in. */
export async function openReview(harness: Harness, visits: Visits, colorMode: 'light' | 'dark' = 'light'): Promise<Visit & { frame: FrameLocator }> {
  const opened = await visits.openPage('/portfolio', admin(harness.fixture).accountId, colorMode);
  const frame = appFrame(opened.page);
  await frame.getByTestId('portfolio-table').waitFor({ timeout: 60_000 });
  await frame.getByTestId('changes-table').waitFor();
  await frame
    .getByTestId('decisions')
    .getByText(/^Decided at the /)
    .first()
    .waitFor();
  return { ...opened, frame };
}
