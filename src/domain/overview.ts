import type { ProductOverview } from '../shared/api';
import type { ProductFigures, SprintFigures } from '../shared/figures';
import { epicSummaries } from './epics';
import type { ProjectFacts } from './facts';
import { DELIVERY_MONTHS, productFigures } from './productFigures';
import { workloadShares } from './workload';

/** The Product tab's figures without the viewer's rights: what a snapshot stores per audience. */
export type ProductTabFigures = Omit<ProductOverview, 'canEdit'>;

/**
 * The Product tab's figures (docs/METRICS.md): every product figure over `months` months (delivery
 * over the default 12 at most, so a snapshot's wide window keeps the figures people read), each
 * month's shares by points and by count, the in-flight shares, and the project's epics.
 *
 * Empty input: a project with no issues has every month at zero, no shares and no epics.
 *
 * @example productTabFigures(facts, 12).shares.length // 12
 */
export function productTabFigures(facts: ProjectFacts, months: number): ProductTabFigures {
  const product = productFigures(facts, months, Math.min(months, DELIVERY_MONTHS));
  return { site: { now: facts.site.now, timeZone: facts.site.timeZone }, ...sharesOf(product), product, epics: epicSummaries(facts) };
}

function sharesOf(product: ProductFigures): Pick<ProductOverview, 'shares' | 'inFlightShares'> {
  return {
    shares: product.workload.months.map((month) => ({
      month: month.month,
      byPoints: workloadShares(month, 'points'),
      byCount: workloadShares(month, 'count'),
    })),
    inFlightShares: { byPoints: workloadShares(product.inFlight, 'points'), byCount: workloadShares(product.inFlight, 'count') },
  };
}

/**
 * The same figures over the last `months` of a wider window, so a snapshot computed once over the
 * widest window serves any narrower one exactly (every monthly figure is per month).
 *
 * Empty input: `months` at least the window's length returns the figures unchanged.
 */
export function lastMonthsOf(figures: ProductTabFigures, months: number): ProductTabFigures {
  const last = <T>(values: readonly T[]): T[] => values.slice(Math.max(0, values.length - months));
  const { product } = figures;
  return {
    ...figures,
    shares: last(figures.shares),
    product: { ...product, workload: { months: last(product.workload.months) }, deliveredPoints: last(product.deliveredPoints) },
  };
}

function omitIssues(sprint: SprintFigures): SprintFigures {
  return { ...sprint, issues: [], issuesOmitted: true };
}

/** Closed sprints per board whose reports the Product tab receives with its figures: the chart's default, as Jira's. */
export const RECENT_SPRINT_REPORTS = 7;

/**
 * The figures with the sprint reports of each board's last `keep` closed sprints only; older sprints
 * keep their figures, their issues are left out and marked so (a 30,000-issue product's every report
 * would make the answer megabytes). Each still has its report, asked for when someone opens it.
 *
 * Empty input: boards with `keep` or fewer sprints are unchanged.
 */
export function withRecentSprintReports(figures: ProductTabFigures, keep: number): ProductTabFigures {
  const boards = figures.product.velocity.boards.map((board) => ({
    ...board,
    sprints: board.sprints.map((sprint, index) => (index >= board.sprints.length - keep ? sprint : omitIssues(sprint))),
  }));
  return { ...figures, product: { ...figures.product, velocity: { boards } } };
}

/** One closed sprint's report issues, as a snapshot keeps the reports `withRecentSprintReports` leaves out. */
export interface SprintReportIssues {
  boardId: number;
  sprintId: number;
  issues: SprintFigures['issues'];
}

/**
 * The sprint reports `withRecentSprintReports(figures, keep)` leaves out (docs/METRICS.md, Sprint
 * report), board by board, oldest sprint first: a snapshot stores them apart from the figures, so the
 * Product tab reads only what it sends.
 *
 * Empty input: boards with `keep` or fewer sprints give none.
 *
 * @example olderSprintReports(figures, 7) // [{ boardId: 1, sprintId: 101, issues: [...] }, ...]
 */
export function olderSprintReports(figures: ProductTabFigures, keep: number): SprintReportIssues[] {
  return figures.product.velocity.boards.flatMap((board) =>
    board.sprints.slice(0, Math.max(0, board.sprints.length - keep)).map((sprint) => ({ boardId: board.id, sprintId: sprint.id, issues: sprint.issues })),
  );
}

/**
 * The figures with `reports` put back into their sprints, the inverse of keeping the recent reports
 * apart: `withSprintReports(withRecentSprintReports(f, k), olderSprintReports(f, k))` equals `f`.
 *
 * Empty input: no reports returns the figures unchanged.
 *
 * @example withSprintReports(recent, [{ boardId: 1, sprintId: 101, issues }]) // sprint 101 has its issues again
 */
export function withSprintReports(figures: ProductTabFigures, reports: readonly SprintReportIssues[]): ProductTabFigures {
  if (reports.length === 0) return figures;
  const byKey = new Map(reports.map((report) => [`${report.boardId}/${report.sprintId}`, report.issues]));
  const boards = figures.product.velocity.boards.map((board) => ({
    ...board,
    sprints: board.sprints.map((sprint) => {
      const issues = byKey.get(`${board.id}/${sprint.id}`);
      if (issues === undefined) return sprint;
      const { issuesOmitted, ...kept } = sprint;
      return { ...kept, issues };
    }),
  }));
  return { ...figures, product: { ...figures.product, velocity: { boards } } };
}
