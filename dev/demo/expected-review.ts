/**
 * What the monthly portfolio review adds to a product's expected figures: flow metrics over the last
 * 3 months, delivery metrics over the workload window and the figure-based signals, each computed by
 * the oracle's own modules from the simulation's state.
 */
import { deliveryFigures, type DeliveryBasis } from './expected-delivery';
import { flowFigures, type ReviewIssue } from './expected-flow';
import { signalCodes, type ClosedSprint } from './expected-signals';
import type { DeliveryJson, FlowJson, SignalCode, WorkloadJson } from './expected-types';
import type { VersionJson } from './fixture-types';

/** The site's calendar as the review reads it: the window, the flow months and calendar dates. */
export interface ReviewBasis extends DeliveryBasis {
  /** The last 3 months, the one containing now last. */
  flowMonths: readonly string[];
  monthOf: (ms: number) => string;
}

/** One product as one viewer sees it. */
export interface ReviewInput {
  /** The project's standard issues the viewer may see, with their work categories. */
  issues: readonly ReviewIssue[];
  /** The project's versions. */
  versions: readonly VersionJson[];
  /** The closed sprints of each of the project's scrum boards, with the viewer's figures. */
  boards: readonly (readonly ClosedSprint[])[];
}

/** Count and points delivered (resolved) by work category in the flow months: the signals' quarter. */
function quarterWorkload(issues: readonly ReviewIssue[], inFlowMonths: (ms: number) => boolean): WorkloadJson {
  const zero = () => ({ count: 0, points: 0 });
  const quarter: WorkloadJson = { feature: zero(), defect: zero(), risk: zero(), debt: zero(), untagged: zero() };
  for (const { issue, bucket } of issues) {
    if (issue.resolvedAt === null || !inFlowMonths(issue.resolvedAt)) continue;
    quarter[bucket].count += 1;
    quarter[bucket].points += issue.estimate ?? 0;
  }
  return quarter;
}

export function reviewFigures(input: ReviewInput, basis: ReviewBasis): { flow: FlowJson; delivery: DeliveryJson; signals: SignalCode[] } {
  const inFlowMonths = (ms: number) => basis.flowMonths.includes(basis.monthOf(ms));
  return {
    flow: flowFigures(input.issues, inFlowMonths),
    delivery: deliveryFigures(input.issues, input.versions, basis),
    signals: signalCodes(quarterWorkload(input.issues, inFlowMonths), input.boards),
  };
}
