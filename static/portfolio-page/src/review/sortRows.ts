import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import { COLUMNS, type ColumnKey, type SortDirection, type SortValue } from './columns';
import { isReadyRow, signalCount, type FlowBucket } from './reviewRows';

export interface SortState {
  column: ColumnKey;
  direction: SortDirection;
}

/** The review's own order: the products with the most signals first, the rest by name. */
export const EXCEPTIONS_FIRST: SortState = { column: 'signals', direction: 'descending' };

function compareValues(a: SortValue, b: SortValue, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en', { numeric: true });
  return direction === 'ascending' ? order : -order;
}

/** Ties go to the product with more signals, then by name, so every order is the same on every screen. */
function compareTies(a: PortfolioOverviewRow, b: PortfolioOverviewRow): number {
  return signalCount(b) - signalCount(a) || a.projectName.localeCompare(b.projectName, 'en') || a.projectKey.localeCompare(b.projectKey, 'en');
}

/**
 * The rows in `sort`'s order. A figure a product lacks (no closed sprint, no release) sorts last in
 * either direction, and so do products whose figures are not in yet, so the top is always a real figure.
 */
export function sortRows(rows: readonly PortfolioOverviewRow[], sort: SortState, bucket: FlowBucket): PortfolioOverviewRow[] {
  const column = COLUMNS[sort.column];
  return [...rows].sort((a, b) => {
    if (!isReadyRow(a) || !isReadyRow(b)) return isReadyRow(a) === isReadyRow(b) ? compareTies(a, b) : isReadyRow(a) ? -1 : 1;
    return compareValues(column.value(a, bucket), column.value(b, bucket), sort.direction) || compareTies(a, b);
  });
}

/** A header pressed: the same column turns its order round; another starts with its own first direction. */
export function nextSort(current: SortState, column: ColumnKey): SortState {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: COLUMNS[column].firstDirection };
}

/** The products the table shows: all, or only those raising a signal, in `sort`'s order. */
export function shownRows(rows: readonly PortfolioOverviewRow[], onlyExceptions: boolean, sort: SortState, bucket: FlowBucket): PortfolioOverviewRow[] {
  return sortRows(onlyExceptions ? rows.filter((row) => signalCount(row) > 0) : rows, sort, bucket);
}
