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
import { rowFor } from './viewerFigures';

const NO_RECORDS = { openRisks: { low: 0, medium: 0, high: 0 }, aboveAppetite: 0, nextMilestone: null, analysesDue: 0 };

function newest(heads: readonly SnapshotHead[]): SnapshotHead | undefined {
  return heads.reduce<SnapshotHead | undefined>((best, head) => (best?.asOf == null || (head.asOf !== null && head.asOf > best.asOf) ? head : best), undefined);
}

/**
 * The Portfolio review from snapshots: Jira is asked once which projects the viewer may browse, and
 * once (only where a snapshot holds secured issues) which of those issues they may see; every row is
 * then read from storage. A project without a snapshot yet is listed as computing, never left out.
 */
export async function portfolioOverview(deps: ReadingDependencies, jira: JiraClient): Promise<PortfolioSnapshotOverview> {
  const permitted = (await getPermittedProjects(jira, ['BROWSE_PROJECTS'])).sort((a, b) => a.key.localeCompare(b.key));
  const heads = await deps.snapshots.heads(permitted.map((project) => project.key));
  const ready = [...heads.values()].filter((head) => head.content !== null && head.asOf !== null);
  const access = await viewerAccessFor(jira, ready, new Set(permitted.map((project) => project.key)));
  const products: PortfolioOverviewRow[] = [];
  for (const project of permitted) {
    const head = heads.get(project.key);
    if (head?.content == null || head.asOf === null) {
      const info = snapshotInfo(await ensureQueued(deps, head, { projectKey: project.key }));
      products.push({
        projectKey: project.key,
        projectName: head?.projectName ?? project.key,
        snapshot: { ...info, status: info.status === 'failed' ? 'failed' : 'computing' },
      });
      continue;
    }
    const row = await rowFor(deps.snapshots, head, access);
    products.push({
      ...row,
      projectKey: project.key,
      projectName: head.projectName,
      snapshot: { ...snapshotInfo(head), status: 'ready' },
      records: NO_RECORDS,
      lastMonth: null,
    });
  }
  const total = sumWorkloads(products.flatMap((row) => ('quarter' in row ? [row.quarter] : [])));
  const clock = newest(ready);
  const site = clock?.content == null || clock.asOf === null ? null : { now: clock.asOf, timeZone: clock.content.timeZone };
  const months = site === null ? [] : monthWindow(site.now, site.timeZone, QUARTER_MONTHS);
  return { site, months, products, total, totalShares: workloadShares(total, 'points') };
}
