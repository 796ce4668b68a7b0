import { sumWorkloads } from '../domain/rollup';
import { monthWindow } from '../domain/months';
import { workloadShares } from '../domain/workload';
import type { PortfolioOverview, PortfolioProductRow } from '../shared/api';
import type { ProductFigures, SprintFigures } from '../shared/figures';
import type { JiraClient } from '../jira/client';
import { rollupPortfolio } from './rollup';

/** Months in the quarter a monthly portfolio review looks back over. */
const QUARTER = 3;

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Σ over boards of a per-board figure taken from its closed sprints; null when no board has one. */
function sumOverBoards(product: ProductFigures, perBoard: (sprints: SprintFigures[]) => number | null): number | null {
  const figures = product.velocity.boards.map((board) => perBoard(board.sprints)).filter((value): value is number => value !== null);
  return figures.length === 0 ? null : figures.reduce((sum, value) => sum + value, 0);
}

function productRow(product: ProductFigures): PortfolioProductRow {
  const quarter = sumWorkloads(product.workload.months.slice(-QUARTER));
  const lastThree = product.velocity.boards.flatMap((board) => board.sprints.slice(-3));
  const committed = lastThree.reduce((sum, sprint) => sum + sprint.committed, 0);
  const completed = lastThree.reduce((sum, sprint) => sum + sprint.completed, 0);
  return {
    project: product.project,
    projectName: product.projectName,
    quarter,
    quarterShares: workloadShares(quarter, 'points'),
    velocity: sumOverBoards(product, (sprints) => mean(sprints.slice(-3).map((sprint) => sprint.completed))),
    previousVelocity: sumOverBoards(product, (sprints) => (sprints.length < 6 ? null : mean(sprints.slice(-6, -3).map((sprint) => sprint.completed)))),
    sayDo: committed === 0 ? null : completed / committed,
  };
}

/**
 * The monthly portfolio review: one row per product the viewer may browse (and only those, so the
 * totals never reveal other projects), with the quarter's workload mix, velocity, its trend and say/do.
 */
export async function portfolioOverview(jira: JiraClient, months: number): Promise<PortfolioOverview> {
  const rollup = await rollupPortfolio(jira, months);
  const products = rollup.products.map(productRow);
  const total = sumWorkloads(products.map((row) => row.quarter));
  return {
    site: rollup.site,
    months: monthWindow(rollup.site.now, rollup.site.timeZone, Math.min(QUARTER, months)),
    products,
    total,
    totalShares: workloadShares(total, 'points'),
  };
}
