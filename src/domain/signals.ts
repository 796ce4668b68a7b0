import type { BoardVelocity, Signal, WorkloadByBucket } from '../shared/figures';
import { productSayDo, rollingVelocity } from './velocity';
import { workloadTotal } from './workload';

/** Thresholds of docs/METRICS.md, Health signals. */
const UNTAGGED_SHARE = 0.25;
const VELOCITY_DROP = 0.8;
const SAY_DO_FLOOR = 0.7;
const SPRINTS = 3;

const points = (value: number): string => `${Number.isInteger(value) ? value : value.toFixed(1)} ${value === 1 ? 'point' : 'points'}`;
const percent = (share: number): string => `${Math.round(share * 100)} %`;

function mixSignals(quarter: WorkloadByBucket): Signal[] {
  const delivered = workloadTotal(quarter, 'points');
  if (delivered <= 0) return [];
  const signals: Signal[] = [];
  if (quarter.risk.points + quarter.debt.points === 0) {
    signals.push({ code: 'no-risk-or-debt', reason: `Delivered ${points(delivered)} in the last 3 months, none of them Risk or Debt work` });
  }
  const untagged = quarter.untagged.points / delivered;
  if (untagged > UNTAGGED_SHARE) {
    signals.push({
      code: 'untagged-work',
      reason: `${percent(untagged)} of the ${points(delivered)} delivered in the last 3 months have no work category (more than ${percent(UNTAGGED_SHARE)})`,
    });
  }
  return signals;
}

/** Σ over boards with at least 6 closed sprints of the mean completed of the last 3, and of the 3 before those. */
function velocityDrop(boards: readonly BoardVelocity[]): Signal[] {
  const long = boards.filter((board) => board.sprints.length >= 2 * SPRINTS);
  if (long.length === 0) return [];
  const now = long.reduce((sum, board) => sum + (rollingVelocity(board.sprints) ?? 0), 0);
  const before = long.reduce((sum, board) => sum + (rollingVelocity(board.sprints.slice(0, -SPRINTS)) ?? 0), 0);
  if (!(now < VELOCITY_DROP * before)) return [];
  const down = before === 0 ? 0 : (before - now) / before;
  return [{ code: 'velocity-drop', reason: `Velocity ${points(now)}, down ${percent(down)} from ${points(before)} over the previous 3 sprints` }];
}

function overcommitment(boards: readonly BoardVelocity[]): Signal[] {
  const { ratio, ...sums } = productSayDo(boards.map((board) => board.sprints));
  if (ratio === null || !(ratio < SAY_DO_FLOOR)) return [];
  const reason = `Say/do ${percent(ratio)} over the last 3 sprints: ${points(sums.completed)} completed of ${points(sums.committed)} committed (below ${percent(SAY_DO_FLOOR)})`;
  return [{ code: 'overcommitment', reason }];
}

/**
 * The health signals that follow from Jira's data alone (docs/METRICS.md, Health signals), each with
 * its reason in words: `no-risk-or-debt` and `untagged-work` over the quarter's delivered points;
 * `velocity-drop` over boards with at least 6 closed sprints; `overcommitment` over the product's last
 * 3 closed sprints, whichever boards ran them. Boards' sprints are in completion order.
 *
 * Empty input: nothing delivered and no sprints give no signal.
 *
 * @example figureSignals(quarterWithOnlyFeatures, []) // [{ code: 'no-risk-or-debt', reason: 'Delivered 40 points in the last 3 months, …' }]
 */
export function figureSignals(quarter: WorkloadByBucket, boards: readonly BoardVelocity[]): Signal[] {
  return [...mixSignals(quarter), ...velocityDrop(boards), ...overcommitment(boards)];
}
