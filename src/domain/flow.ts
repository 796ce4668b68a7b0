import type { FlowByBucket, FlowFigures } from '../shared/figures';
import type { WorkBucket } from '../shared/workTypes';
import { STANDARD_LEVEL, type FieldChange, type StatusCategoryKey } from './issue';
import { monthLocator } from './months';
import { median, nearestRank } from './stats';
import { mapBuckets, type ClassifiedIssue } from './workload';

/** Months flow metrics look back over: the month containing "now" and the 2 before. */
export const FLOW_MONTHS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What flow metrics read of an issue: its work type and snapshot, its creation and its status history. */
export interface FlowIssue extends ClassifiedIssue {
  created: string;
  statusChanges: readonly FieldChange[];
}

/**
 * When work on an issue started (docs/METRICS.md, Flow metrics): its first status change out of a
 * `new`-category status; its creation when it has none.
 */
export function workStartedAt(issue: Pick<FlowIssue, 'created' | 'statusChanges'>, categoryOf: (statusId: string) => StatusCategoryKey | undefined): number {
  let first: number | undefined;
  for (const change of issue.statusChanges) {
    if (categoryOf(change.from ?? '') === 'new' && (first === undefined || change.at < first)) first = change.at;
  }
  return first ?? Date.parse(issue.created);
}

function figuresOf(resolved: readonly FlowIssue[], load: number, categoryOf: (statusId: string) => StatusCategoryKey | undefined): FlowFigures {
  const days = resolved.map((entry) => (Date.parse(entry.issue.resolutionDate ?? '') - workStartedAt(entry, categoryOf)) / DAY_MS);
  return { velocity: resolved.length, timeMedianDays: median(days), time85Days: nearestRank(days, 85), load };
}

/**
 * Flow metrics per work type and for all together (docs/METRICS.md, Flow metrics), over the standard
 * issues given (those the viewer may see): `velocity` the issues resolved in `months` (site zone),
 * their flow time from work started to resolution in days (median and 85th percentile by nearest
 * rank), and `load` the issues in an `indeterminate`-category status now.
 *
 * Empty input: every bucket has velocity 0, load 0 and no flow time (null).
 *
 * @example flowMetrics([storyStartedMondayResolvedWednesday], ['2026-09', '2026-10', '2026-11'], 'UTC', categoryOf).feature.timeMedianDays // 2
 */
export function flowMetrics(
  issues: readonly FlowIssue[],
  months: readonly string[],
  timeZone: string,
  categoryOf: (statusId: string) => StatusCategoryKey | undefined,
): FlowByBucket {
  const locate = monthLocator(months, timeZone);
  const standard = issues.filter((entry) => entry.issue.hierarchyLevel === STANDARD_LEVEL);
  const resolved = standard.filter((entry) => entry.issue.resolutionDate !== null && locate(entry.issue.resolutionDate) !== undefined);
  const started = standard.filter((entry) => entry.issue.statusCategory === 'indeterminate');
  const ofBucket = (bucket: WorkBucket) => (entry: FlowIssue) => entry.workType === bucket;
  return {
    ...mapBuckets((bucket) => figuresOf(resolved.filter(ofBucket(bucket)), started.filter(ofBucket(bucket)).length, categoryOf)),
    all: figuresOf(resolved, started.length, categoryOf),
  };
}
