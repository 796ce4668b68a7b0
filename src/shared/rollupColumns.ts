import type { PortfolioProductRow } from './api';
import type { TableCell } from './tableText';
import { WORK_BUCKETS } from './workTypes';

/** Rounded for reading (the JSON keeps every figure exact); a figure a product lacks stays empty. */
export function rounded(value: number | null | undefined, digits = 1): number | null {
  return value === null || value === undefined ? null : Number(value.toFixed(digits));
}

/** One column of the rollup table: its header and its cell for a product's portfolio row. */
export type RollupColumn = readonly [header: string, cell: (row: PortfolioProductRow) => TableCell];

/**
 * The rollup table's figure columns, after `project` and `name`: the quarter's delivered points by
 * work category, velocity, say/do, flow of all work, the delivery proxies and the signal codes. The
 * rollup command's CSV and Markdown and the Portfolio review's CSV both start with them, so a sheet
 * built on one takes the other.
 */
export const ROLLUP_FIGURE_COLUMNS: readonly RollupColumn[] = [
  ...WORK_BUCKETS.map((bucket): RollupColumn => [`${bucket} points`, (row) => row.quarter[bucket].points]),
  ['velocity', (row) => rounded(row.velocity)],
  ['previous velocity', (row) => rounded(row.previousVelocity)],
  ['say/do', (row) => rounded(row.sayDo, 2)],
  ['issues resolved (3 months)', (row) => row.flow.all.velocity],
  ['flow time median (days)', (row) => rounded(row.flow.all.timeMedianDays)],
  ['flow time 85th (days)', (row) => rounded(row.flow.all.time85Days)],
  ['load', (row) => row.flow.all.load],
  ['releases per month', (row) => rounded(row.delivery.releaseFrequency, 2)],
  ['lead time median (days)', (row) => rounded(row.delivery.leadTimeMedianDays)],
  ['change failure rate', (row) => rounded(row.delivery.changeFailureRate, 2)],
  ['time to restore median (days)', (row) => rounded(row.delivery.timeToRestoreMedianDays)],
  ['signals', (row) => row.signals.map((signal) => signal.code).join(' ')],
];
