/**
 * The oracle's flow metrics (METRICS.md, Flow metrics), from the simulation's live state: when each
 * issue was created, when its work started (it first left a `new`-category status), when it was
 * resolved and the status it is in now.
 */
import { STATUSES } from './catalogue';
import type { WorkBucket } from './fixture-types';
import type { FlowFiguresJson, FlowJson } from './expected-types';
import type { SimIssue } from './model';
import { DAY } from './time';

/** The middle value in ascending order, or the mean of the two middle values; null for none. */
export function medianOf(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const high = sorted[Math.floor(n / 2)] ?? 0;
  return n % 2 === 1 ? high : ((sorted[n / 2 - 1] ?? 0) + high) / 2;
}

/**
 * The value at rank ⌈0.85 × n⌉ in ascending order (rank 1 the smallest); null for none. The rank is
 * taken from 85 × n, a whole number, so that it never depends on how 0.85 rounds in binary.
 */
export function nearestRank85(values: readonly number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.ceil((85 * sorted.length) / 100) - 1] ?? null;
}

/** A standard issue as the oracle's review figures read it, with its work category already resolved. */
export interface ReviewIssue {
  readonly issue: SimIssue;
  readonly bucket: WorkBucket;
}

function figures(resolved: readonly SimIssue[], load: number): FlowFiguresJson {
  const days = resolved.map((issue) => ((issue.resolvedAt ?? 0) - (issue.startedAt ?? issue.created)) / DAY);
  return { velocity: resolved.length, timeMedianDays: medianOf(days), time85Days: nearestRank85(days), load };
}

/**
 * Flow metrics of `issues` (the project's standard issues the viewer may see) by work category and
 * for all together: those resolved in the flow months (`inFlowMonths` of the resolution instant)
 * with their flow time, and the load of those now in an `indeterminate`-category status.
 */
export function flowFigures(issues: readonly ReviewIssue[], inFlowMonths: (ms: number) => boolean): FlowJson {
  const resolved = issues.filter(({ issue }) => issue.resolvedAt !== null && inFlowMonths(issue.resolvedAt));
  const started = issues.filter(({ issue }) => STATUSES[issue.status].statusCategory.key === 'indeterminate');
  const of = (bucket: WorkBucket): FlowFiguresJson =>
    figures(
      resolved.filter((entry) => entry.bucket === bucket).map((entry) => entry.issue),
      started.filter((entry) => entry.bucket === bucket).length,
    );
  return {
    feature: of('feature'),
    defect: of('defect'),
    risk: of('risk'),
    debt: of('debt'),
    untagged: of('untagged'),
    all: figures(
      resolved.map((entry) => entry.issue),
      started.length,
    ),
  };
}
