import { sumWorkloads } from '../../domain/rollup';
import { monthWindow } from '../../domain/months';
import { QUARTER_MONTHS } from '../../domain/portfolio';
import { workloadShares } from '../../domain/workload';
import type { JiraClient } from '../../jira/client';
import { getPermittedProjects } from '../../jira/platform';
import type { PortfolioOverviewRow, PortfolioSnapshotOverview } from '../../shared/api';
import type { SnapshotHead } from '../../storage/snapshots/head';
import { ensureQueued, viewerAccessFor, type ReadingDependencies } from './productTab';
import { snapshotInfo } from './snapshotInfo';
import { mapConcurrent } from '../../jira/limiter';
import type { ViewerAccess } from '../../domain/visibility';
import type { MonthClose } from '../../storage/snapshots/monthEnd';
import type { RecordStores } from '../../storage/stores';
import { todayOf } from '../records/releases';
import { previousMonth, readableReviewRecords, viewerRow, withReview, type ReviewRecords } from './reviewRows';

function newest(heads: readonly SnapshotHead[]): SnapshotHead | undefined {
  return heads.reduce<SnapshotHead | undefined>((best, head) => (best?.asOf == null || (head.asOf !== null && head.asOf > best.asOf) ? head : best), undefined);
}

/** Products whose rows are read at once: each costs a few storage reads. */
const PRODUCTS_IN_FLIGHT = 4;

async function readyRow(
  deps: ReadingDependencies,
  head: SnapshotHead,
  review: ReviewRecords,
  context: { access: ViewerAccess; closes: ReadonlyMap<string, MonthClose> },
): Promise<PortfolioOverviewRow> {
  const viewer = await viewerRow(deps.snapshots, head, context.access, context.closes.get(head.projectKey));
  const { row, ...reviewed } = withReview(viewer, review);
  return { ...row, projectKey: head.projectKey, projectName: head.projectName, snapshot: { ...snapshotInfo(head), status: 'ready' }, ...reviewed };
}

/**
 * The Portfolio review from snapshots: Jira is asked once which projects the viewer may browse, and
 * once (only where a snapshot holds secured issues) which of those issues they may see; every row,
 * its records (with the signals they raise, as of today) and last month's close are then read from
 * storage. The records (a few reads per product) do not depend on what the viewer may see of the
 * issues, so they are read while Jira answers the second question. A project without a snapshot yet
 * is listed as computing, never left out.
 */
export async function portfolioOverview(deps: ReadingDependencies, stores: RecordStores, jira: JiraClient): Promise<PortfolioSnapshotOverview> {
  const permitted = (await getPermittedProjects(jira, ['BROWSE_PROJECTS'])).sort((a, b) => a.key.localeCompare(b.key));
  const heads = await deps.snapshots.heads(permitted.map((project) => project.key));
  const ready = [...heads.values()].filter((head) => head.content !== null && head.asOf !== null);
  const clock = newest(ready);
  const site = clock?.content == null || clock.asOf === null ? null : { now: clock.asOf, timeZone: clock.content.timeZone };
  const today = todayOf(deps.now());
  const [access, closes, reviews] = await Promise.all([
    viewerAccessFor(jira, ready, new Set(permitted.map((project) => project.key))),
    site === null
      ? Promise.resolve(new Map<string, MonthClose>())
      : deps.snapshots.monthCloses(
          ready.map((head) => head.projectKey),
          previousMonth(site.now, site.timeZone),
        ),
    mapConcurrent(ready, PRODUCTS_IN_FLIGHT, async (head): Promise<[string, ReviewRecords]> => [
      head.projectKey,
      await readableReviewRecords(stores, head, today),
    ]).then((pairs) => new Map(pairs)),
  ]);
  const context = { access, closes };
  const products = await mapConcurrent(permitted, PRODUCTS_IN_FLIGHT, async (project): Promise<PortfolioOverviewRow> => {
    const head = heads.get(project.key);
    const review = reviews.get(project.key);
    if (head?.content != null && head.asOf !== null && review !== undefined) return readyRow(deps, head, review, context);
    const info = snapshotInfo(await ensureQueued(deps, head, { projectKey: project.key }));
    return {
      projectKey: project.key,
      projectName: head?.projectName ?? project.key,
      snapshot: { ...info, status: info.status === 'failed' ? 'failed' : 'computing' },
    };
  });
  const total = sumWorkloads(products.flatMap((row) => ('quarter' in row ? [row.quarter] : [])));
  const months = site === null ? [] : monthWindow(site.now, site.timeZone, QUARTER_MONTHS);
  return { site, months, products, total, totalShares: workloadShares(total, 'points') };
}
