import { mapBuckets } from './workload';
import { monthOf } from './months';
import type { WorkloadByBucket } from '../shared/figures';

/**
 * A product's delivered points by month (docs/METRICS.md, Velocity, derived figures): Σ `completed` of
 * its boards' sprints whose `completeDate`, in `timeZone`, falls in each month of `months`.
 *
 * Empty input: every month present with 0 points.
 *
 * @example deliveredPointsByMonth([{ completeDate: '2026-10-07T04:00:00Z', completed: 8 }], ['2026-10'], 'UTC')
 * // [{ month: '2026-10', points: 8 }]
 */
export function deliveredPointsByMonth(
  sprints: readonly { completeDate: string; completed: number }[],
  months: readonly string[],
  timeZone: string,
): { month: string; points: number }[] {
  const byMonth = new Map(months.map((month) => [month, 0]));
  for (const sprint of sprints) {
    const month = monthOf(sprint.completeDate, timeZone);
    const points = byMonth.get(month);
    if (points !== undefined) byMonth.set(month, points + sprint.completed);
  }
  return months.map((month) => ({ month, points: byMonth.get(month) ?? 0 }));
}

/**
 * A portfolio's figure for a month: the sum over the products the viewer may browse. The caller passes
 * only those products, so the sum never reveals that others exist.
 *
 * Empty input: no products give 0 for every month of `months`.
 *
 * @example sumByMonth([[{ month: '2026-10', points: 8 }], [{ month: '2026-10', points: 5 }]], ['2026-10'])
 * // [{ month: '2026-10', points: 13 }]
 */
export function sumByMonth(
  products: readonly (readonly { month: string; points: number }[])[],
  months: readonly string[],
): { month: string; points: number }[] {
  return months.map((month) => ({
    month,
    points: products.reduce((sum, product) => sum + (product.find((entry) => entry.month === month)?.points ?? 0), 0),
  }));
}

/**
 * Adds workloads bucket by bucket, e.g. a quarter's months or a portfolio's products.
 *
 * Empty input: zeros in every bucket.
 */
export function sumWorkloads(workloads: readonly WorkloadByBucket[]): WorkloadByBucket {
  return mapBuckets((bucket) => ({
    count: workloads.reduce((sum, workload) => sum + workload[bucket].count, 0),
    points: workloads.reduce((sum, workload) => sum + workload[bucket].points, 0),
  }));
}
