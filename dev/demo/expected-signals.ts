/**
 * The oracle's figure-based health signals (METRICS.md, Health signals, the four that follow from
 * Jira's data), from the oracle's own delivered workload and closed sprint figures.
 */
import type { SignalCode, WorkloadJson } from './expected-types';

/** A closed sprint as the signals read it: when it was completed, and its figures for the viewer. */
export interface ClosedSprint {
  readonly complete: number;
  readonly committed: number;
  readonly completed: number;
}

const byCompletion = (sprints: readonly ClosedSprint[]): ClosedSprint[] => [...sprints].sort((a, b) => a.complete - b.complete);

const meanCompleted = (sprints: readonly ClosedSprint[]): number => sprints.reduce((sum, s) => sum + s.completed, 0) / sprints.length;

/** No Risk or Debt points among points delivered; more than 25 % of them untagged. */
function mixSignals(quarter: WorkloadJson): SignalCode[] {
  const delivered = quarter.feature.points + quarter.defect.points + quarter.risk.points + quarter.debt.points + quarter.untagged.points;
  if (delivered <= 0) return [];
  const codes: SignalCode[] = [];
  if (quarter.risk.points === 0 && quarter.debt.points === 0) codes.push('no-risk-or-debt');
  if (quarter.untagged.points / delivered > 0.25) codes.push('untagged-work');
  return codes;
}

/** Over boards with at least 6 closed sprints: Σ mean completed of the last 3 below 0.8 × Σ of the 3 before. */
function velocityDrop(boards: readonly (readonly ClosedSprint[])[]): SignalCode[] {
  const long = boards.filter((sprints) => sprints.length >= 6).map(byCompletion);
  if (long.length === 0) return [];
  const recent = long.reduce((sum, sprints) => sum + meanCompleted(sprints.slice(-3)), 0);
  const before = long.reduce((sum, sprints) => sum + meanCompleted(sprints.slice(-6, -3)), 0);
  return recent < 0.8 * before ? ['velocity-drop'] : [];
}

/** Say/do of the product's last 3 closed sprints, whichever of its boards ran them, below 0.7. */
function overcommitment(boards: readonly (readonly ClosedSprint[])[]): SignalCode[] {
  const last = byCompletion(boards.flat()).slice(-3);
  const committed = last.reduce((sum, s) => sum + s.committed, 0);
  const completed = last.reduce((sum, s) => sum + s.completed, 0);
  return committed > 0 && completed / committed < 0.7 ? ['overcommitment'] : [];
}

/**
 * The codes of the signals raised by the product's delivered workload over the last 3 months
 * (`quarter`) and the closed sprints of each of its scrum boards, in the contract's order.
 */
export function signalCodes(quarter: WorkloadJson, boards: readonly (readonly ClosedSprint[])[]): SignalCode[] {
  return [...mixSignals(quarter), ...velocityDrop(boards), ...overcommitment(boards)];
}
