import { portfolioRow } from '../domain/portfolio';
import type { ProductFigures } from '../shared/figures';
import { ROLLUP_FIGURE_COLUMNS, type RollupColumn } from '../shared/rollupColumns';
import type { TableCell } from '../shared/tableText';

const COLUMNS: readonly RollupColumn[] = [['project', (row) => row.project], ['name', (row) => row.projectName], ...ROLLUP_FIGURE_COLUMNS];

/**
 * The portfolio as a table: one row per product, the quarter's delivered points by work category,
 * velocity, say/do, flow (all work categories) and the delivery proxies, and the signal codes
 * (`ROLLUP_FIGURE_COLUMNS`, src/shared/rollupColumns.ts). The first column, `project`, holds the
 * project key.
 *
 * Empty input: no products give the header alone.
 */
export function portfolioTable(products: readonly ProductFigures[]): { header: string[]; rows: TableCell[][] } {
  return {
    header: COLUMNS.map(([name]) => name),
    rows: products.map((product) => {
      const row = portfolioRow(product);
      return COLUMNS.map(([, cell]) => cell(row));
    }),
  };
}
