import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import type { WorkloadByBucket, WorkloadShares } from '../../../../src/shared/figures';
import { byBucket, isReadyRow, quarterPoints, releaseCount, type FlowBucket, type ReadyRow } from './reviewRows';

/**
 * The total row of the products shown. Counts and points add up; a median or a ratio of each product
 * does not, so those are null, except the change failure rate, which is recomputed over all releases.
 */
export interface PortfolioTotals {
  /** Products shown, and how many of them have their figures in (only those are added up). */
  products: number;
  ready: number;
  signals: number;
  quarter: WorkloadByBucket;
  quarterPoints: number;
  quarterShares: WorkloadShares;
  monthlyPoints: { month: string; points: number }[];
  velocity: number | null;
  /** Σ velocity against Σ previous velocity, over the products that have both. */
  trend: { velocity: number; previousVelocity: number } | null;
  flowVelocity: number;
  load: number;
  releaseFrequency: number;
  changeFailureRate: number | null;
  openRisks: { low: number; medium: number; high: number };
  aboveAppetite: number;
  analysesDue: number;
}

/** Rounded to a millionth, so the order the rows were added in never shows (51 pts, not 51.0). */
const sum = (rows: readonly ReadyRow[], of: (row: ReadyRow) => number) => Math.round(rows.reduce((total, row) => total + of(row), 0) * 1e6) / 1e6;

function totalQuarter(rows: readonly ReadyRow[]): WorkloadByBucket {
  return byBucket((bucket) => ({ count: sum(rows, (r) => r.quarter[bucket].count), points: sum(rows, (r) => r.quarter[bucket].points) }));
}

/** Shares by points, as the overview's own `quarterShares`; none when nothing was delivered. */
function sharesOf(quarter: WorkloadByBucket): WorkloadShares {
  const points = quarterPoints(quarter);
  return points === 0 ? null : byBucket((bucket) => quarter[bucket].points / points);
}

function totalMonthly(rows: readonly ReadyRow[]): { month: string; points: number }[] {
  const byMonth = new Map<string, number>();
  for (const row of rows) for (const { month, points } of row.monthlyPoints) byMonth.set(month, (byMonth.get(month) ?? 0) + points);
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, points]) => ({ month, points }));
}

function totalTrend(rows: readonly ReadyRow[]): PortfolioTotals['trend'] {
  const both = rows.flatMap((row) => (row.velocity !== null && row.previousVelocity !== null ? [{ v: row.velocity, p: row.previousVelocity }] : []));
  const total = (of: (pair: { v: number; p: number }) => number) => Math.round(both.reduce((t, pair) => t + of(pair), 0) * 1e6) / 1e6;
  return both.length === 0 ? null : { velocity: total((pair) => pair.v), previousVelocity: total((pair) => pair.p) };
}

/** Σ failed releases / Σ releases: each product's rate times its releases is its number of failed ones. */
function totalChangeFailure(rows: readonly ReadyRow[]): number | null {
  const released = rows.filter((row) => row.delivery.changeFailureRate !== null && releaseCount(row) > 0);
  const releases = sum(released, releaseCount);
  return releases === 0 ? null : sum(released, (row) => (row.delivery.changeFailureRate ?? 0) * releaseCount(row)) / releases;
}

export function portfolioTotals(rows: readonly PortfolioOverviewRow[], bucket: FlowBucket): PortfolioTotals {
  const ready = rows.filter(isReadyRow);
  const quarter = totalQuarter(ready);
  const withVelocity = ready.filter((row) => row.velocity !== null);
  return {
    products: rows.length,
    ready: ready.length,
    signals: sum(ready, (row) => row.signals.length),
    quarter,
    quarterPoints: quarterPoints(quarter),
    quarterShares: sharesOf(quarter),
    monthlyPoints: totalMonthly(ready),
    velocity: withVelocity.length === 0 ? null : sum(withVelocity, (row) => row.velocity ?? 0),
    trend: totalTrend(ready),
    flowVelocity: sum(ready, (row) => row.flow[bucket].velocity),
    load: sum(ready, (row) => row.flow[bucket].load),
    releaseFrequency: sum(ready, (row) => row.delivery.releaseFrequency),
    changeFailureRate: totalChangeFailure(ready),
    openRisks: {
      low: sum(ready, (row) => row.records.openRisks.low),
      medium: sum(ready, (row) => row.records.openRisks.medium),
      high: sum(ready, (row) => row.records.openRisks.high),
    },
    aboveAppetite: sum(ready, (row) => row.records.aboveAppetite),
    analysesDue: sum(ready, (row) => row.records.analysesDue),
  };
}
