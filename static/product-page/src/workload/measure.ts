import type { ProductOverview } from '../../../../src/shared/api';
import type { CountAndPoints, WorkloadByBucket, WorkloadShares } from '../../../../src/shared/figures';
import { WORK_BUCKETS, type WorkBucket } from '../../../../src/shared/workTypes';
import type { ToggleOption } from '../../../common/ToggleGroup';
import { formatPoints, formatShare } from '../../../common/format';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';

/** Workload is weighed by story points or by issue count (METRICS.md, "Workload distribution"). */
export type Measure = 'points' | 'count';

export const MEASURE_OPTIONS: readonly ToggleOption<Measure>[] = [
  { value: 'points', label: 'Story points' },
  { value: 'count', label: 'Issue count' },
];

export function amountOf(figures: CountAndPoints, measure: Measure): number {
  return measure === 'points' ? figures.points : figures.count;
}

export function formatAmount(amount: number, measure: Measure): string {
  if (measure === 'count') return `${amount} ${amount === 1 ? 'issue' : 'issues'}`;
  return `${formatPoints(amount)} ${amount === 1 ? 'point' : 'points'}`;
}

export function totalOf(workload: WorkloadByBucket, measure: Measure): number {
  return WORK_BUCKETS.reduce((sum, bucket) => sum + amountOf(workload[bucket], measure), 0);
}

/** The backend's shares of one month, for the chosen measure; null for a month with no work. */
export function monthShares(overview: ProductOverview, index: number, measure: Measure): WorkloadShares {
  const shares = overview.shares[index];
  if (shares === undefined) return null;
  return measure === 'points' ? shares.byPoints : shares.byCount;
}

export function inFlightShares(overview: ProductOverview, measure: Measure): WorkloadShares {
  return measure === 'points' ? overview.inFlightShares.byPoints : overview.inFlightShares.byCount;
}

/** "Feature 40%, Defect 10%, …" for aria labels and tooltips; "no work" when there are no shares. */
export function describeShares(shares: WorkloadShares): string {
  if (shares === null) return 'no work';
  return WORK_BUCKETS.map((bucket) => `${BUCKET_STYLES[bucket].label} ${formatShare(shares[bucket])}`).join(', ');
}

/** Buckets with a share to draw, oldest-defined order, so colours stack the same way in every column. */
export function drawnBuckets(shares: NonNullable<WorkloadShares>): WorkBucket[] {
  return WORK_BUCKETS.filter((bucket) => shares[bucket] > 0);
}

/** The chart shows each month as shares of 100 % or as its amounts, so a short month looks short. */
export type Scale = 'share' | 'amount';

export function scaleOptions(measure: Measure): readonly ToggleOption<Scale>[] {
  return [
    { value: 'share', label: 'Shares' },
    { value: 'amount', label: measure === 'points' ? 'Absolute points' : 'Absolute issues' },
  ];
}

export function isMeasure(value: string): value is Measure {
  return value === 'points' || value === 'count';
}

export function isScale(value: string): value is Scale {
  return value === 'share' || value === 'amount';
}
