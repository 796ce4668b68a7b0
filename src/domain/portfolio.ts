import type { PortfolioProductRow } from '../shared/api';
import type { ProductFigures, SprintFigures } from '../shared/figures';
import { sumWorkloads } from './rollup';
import { productSayDo, rollingVelocity } from './velocity';
import { workloadShares, workloadTotal } from './workload';

/** Months in the quarter a monthly portfolio review looks back over. */
export const QUARTER_MONTHS = 3;
/** Months the review's sparkline of delivered points spans. */
export const SPARKLINE_MONTHS = 12;
/** Sprints velocity averages over (docs/METRICS.md, Velocity): the previous figure is the 3 before those. */
const VELOCITY_SPRINTS = 3;

/** Σ over boards of a per-board figure; null when no board has one. */
function sumOverBoards(product: ProductFigures, perBoard: (sprints: readonly SprintFigures[]) => number | null): number | null {
  const figures = product.velocity.boards.map((board) => perBoard(board.sprints)).filter((value): value is number => value !== null);
  return figures.length === 0 ? null : figures.reduce((sum, value) => sum + value, 0);
}

/**
 * A product's row of the portfolio review: the delivered workload of the last 3 months and its mix;
 * velocity (Σ over boards of `rollingVelocity`) and the same figure 3 sprints earlier (boards with at
 * least 6 closed sprints); say/do over the product's last 3 closed sprints, whichever boards ran them; the delivered points
 * of each of the last 12 months; the product's flow, delivery and figure-based signals.
 *
 * Empty input: a product with no boards has null velocity and say/do; one with no work has no shares.
 *
 * @example portfolioRow(figures).velocity // Σ of each board's mean completed of its last 3 sprints
 */
export function portfolioRow(product: ProductFigures): PortfolioProductRow {
  const quarter = sumWorkloads(product.workload.months.slice(-QUARTER_MONTHS));
  return {
    project: product.project,
    projectName: product.projectName,
    quarter,
    quarterShares: workloadShares(quarter, 'points'),
    velocity: sumOverBoards(product, (sprints) => rollingVelocity(sprints)),
    previousVelocity: sumOverBoards(product, (sprints) =>
      sprints.length < 2 * VELOCITY_SPRINTS ? null : rollingVelocity(sprints.slice(0, -VELOCITY_SPRINTS)),
    ),
    sayDo: productSayDo(product.velocity.boards.map((board) => board.sprints)).ratio,
    monthlyPoints: product.workload.months.slice(-SPARKLINE_MONTHS).map((month) => ({ month: month.month, points: workloadTotal(month, 'points') })),
    flow: product.flow,
    delivery: product.delivery,
    signals: product.signals,
  };
}
