import type { CountAndPoints, WorkloadByBucket, WorkloadMonth, WorkloadShares } from '../shared/figures';
import { WORK_BUCKETS, type WorkBucket } from '../shared/workTypes';
import { STANDARD_LEVEL, type IssueSnapshot } from './issue';
import { monthLocator } from './months';

/** An issue with its resolved work type: what workload figures count. */
export interface ClassifiedIssue {
  issue: IssueSnapshot;
  workType: WorkBucket;
}

/** A workload with nothing in it: every bucket at zero. */
export function emptyWorkload(): WorkloadByBucket {
  return mapBuckets(() => ({ count: 0, points: 0 }));
}

/** Builds a value per bucket; keeps every bucket present by construction, without casts. */
export function mapBuckets<T>(valueOf: (bucket: WorkBucket) => T): Record<WorkBucket, T> {
  return {
    feature: valueOf('feature'),
    defect: valueOf('defect'),
    risk: valueOf('risk'),
    debt: valueOf('debt'),
    untagged: valueOf('untagged'),
  };
}

function addIssue(workload: WorkloadByBucket, classified: ClassifiedIssue): void {
  const bucket = workload[classified.workType];
  bucket.count += 1;
  bucket.points += classified.issue.storyPoints ?? 0;
}

/**
 * Delivered workload by month (docs/METRICS.md, Workload distribution): standard issues whose
 * `resolutiondate`, in `timeZone`, falls in each month of `months`; per work type the issue count and
 * the sum of current story points (empty counts 0). Epics and sub-tasks are ignored, so nothing counts
 * twice; issues resolved outside the window are ignored.
 *
 * Empty input: every month of the window is present with zeros.
 *
 * @example deliveredWorkload([], ['2026-10', '2026-11'], 'UTC')
 * // [{ month: '2026-10', feature: { count: 0, points: 0 }, … }, { month: '2026-11', … }]
 */
export function deliveredWorkload(issues: readonly ClassifiedIssue[], months: readonly string[], timeZone: string): WorkloadMonth[] {
  const byMonth = new Map(months.map((month) => [month, emptyWorkload()]));
  const locate = monthLocator(months, timeZone);
  for (const classified of issues) {
    const { issue } = classified;
    if (issue.hierarchyLevel !== STANDARD_LEVEL || issue.resolutionDate === null) continue;
    const month = locate(issue.resolutionDate);
    const workload = month === undefined ? undefined : byMonth.get(month);
    if (workload !== undefined) addIssue(workload, classified);
  }
  return months.map((month) => ({ month, ...(byMonth.get(month) ?? emptyWorkload()) }));
}

/**
 * In-flight workload: the unresolved standard issues now, by work type.
 *
 * Empty input: zeros in every bucket.
 */
export function inFlightWorkload(issues: readonly ClassifiedIssue[]): WorkloadByBucket {
  const workload = emptyWorkload();
  for (const classified of issues) {
    const { issue } = classified;
    if (issue.hierarchyLevel === STANDARD_LEVEL && issue.resolutionDate === null) addIssue(workload, classified);
  }
  return workload;
}

/**
 * A workload's total over every bucket, untagged included, by points or by count.
 *
 * Empty input: 0.
 *
 * @example workloadTotal({ feature: { count: 1, points: 3 }, defect: { count: 1, points: 1 }, …zeros }, 'points') // 4
 */
export function workloadTotal(workload: WorkloadByBucket, measure: keyof CountAndPoints): number {
  return WORK_BUCKETS.reduce((sum, bucket) => sum + workload[bucket][measure], 0);
}

/**
 * Share of each bucket in a workload, by points or by count: its value over the total.
 *
 * Empty input: a workload with nothing in it has no shares (`null`), never 0 % or NaN.
 *
 * @example workloadShares({ feature: { count: 1, points: 3 }, defect: { count: 1, points: 1 }, …zeros }, 'points')
 * // { feature: 0.75, defect: 0.25, risk: 0, debt: 0, untagged: 0 }
 */
export function workloadShares(workload: WorkloadByBucket, measure: keyof CountAndPoints): WorkloadShares {
  const total = workloadTotal(workload, measure);
  if (total === 0) return null;
  return mapBuckets((bucket) => workload[bucket][measure] / total);
}
