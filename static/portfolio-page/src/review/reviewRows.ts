import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import type { WorkloadByBucket } from '../../../../src/shared/figures';
import { WORK_BUCKETS, type WorkBucket } from '../../../../src/shared/workTypes';

/** A product whose snapshot is ready, so its figures are in. */
export type ReadyRow = Extract<PortfolioOverviewRow, { snapshot: { status: 'ready' } }>;
/** A product whose first snapshot is not in yet: being computed, or failed. */
export type PendingRow = Exclude<PortfolioOverviewRow, ReadyRow>;

/** Flow figures are kept per work category and for all work together. */
export type FlowBucket = WorkBucket | 'all';

export function isReadyRow(row: PortfolioOverviewRow): row is ReadyRow {
  return row.snapshot.status === 'ready';
}

/** A value for each work bucket, spelled out so the record is complete by type. */
export function byBucket<T>(of: (bucket: WorkBucket) => T): Record<WorkBucket, T> {
  return { feature: of('feature'), defect: of('defect'), risk: of('risk'), debt: of('debt'), untagged: of('untagged') };
}

/** Delivered points of the quarter under review, all work categories together. */
export function quarterPoints(quarter: WorkloadByBucket): number {
  return WORK_BUCKETS.reduce((sum, bucket) => sum + quarter[bucket].points, 0);
}

/** How many signals a product raises; a product whose figures are not in raises none yet. */
export function signalCount(row: PortfolioOverviewRow): number {
  return isReadyRow(row) ? row.signals.length : 0;
}

/** The products that raise at least one signal: the exceptions the review talks about first. */
export function exceptionsOf(rows: readonly PortfolioOverviewRow[]): ReadyRow[] {
  return rows.filter(isReadyRow).filter((row) => row.signals.length > 0);
}

/** Versions released in the window: the releases of every month. */
export function releaseCount(row: ReadyRow): number {
  return row.delivery.releases.reduce((sum, month) => sum + month.count, 0);
}

/** Sorting by open risks puts the most high risks first, then medium, then low. */
export function riskWeight(row: ReadyRow): number {
  const { high, medium, low } = row.records.openRisks;
  return high * 10_000 + medium * 100 + low;
}
