import { portfolioRow } from '../domain/portfolio';
import type { ProductFigures } from '../shared/figures';
import type { TableCell } from '../shared/tableText';

/** Rounded for reading; the JSON keeps every figure exact. */
const rounded = (value: number | null, digits = 1): number | null => (value === null ? null : Number(value.toFixed(digits)));

const COLUMNS: readonly [string, (product: ProductFigures, row: ReturnType<typeof portfolioRow>) => TableCell][] = [
  ['project', (product) => product.project],
  ['name', (product) => product.projectName],
  ['feature points', (_, row) => row.quarter.feature.points],
  ['defect points', (_, row) => row.quarter.defect.points],
  ['risk points', (_, row) => row.quarter.risk.points],
  ['debt points', (_, row) => row.quarter.debt.points],
  ['untagged points', (_, row) => row.quarter.untagged.points],
  ['velocity', (_, row) => rounded(row.velocity)],
  ['previous velocity', (_, row) => rounded(row.previousVelocity)],
  ['say/do', (_, row) => rounded(row.sayDo, 2)],
  ['issues resolved (3 months)', (product) => product.flow.all.velocity],
  ['flow time median (days)', (product) => rounded(product.flow.all.timeMedianDays)],
  ['flow time 85th (days)', (product) => rounded(product.flow.all.time85Days)],
  ['load', (product) => product.flow.all.load],
  ['releases per month', (product) => rounded(product.delivery.releaseFrequency, 2)],
  ['lead time median (days)', (product) => rounded(product.delivery.leadTimeMedianDays)],
  ['change failure rate', (product) => rounded(product.delivery.changeFailureRate, 2)],
  ['time to restore median (days)', (product) => rounded(product.delivery.timeToRestoreMedianDays)],
  ['signals', (product) => product.signals.map((signal) => signal.code).join(' ')],
];

/**
 * The portfolio as a table: one row per product, the quarter's delivered points by work category,
 * velocity, say/do, flow (all work categories) and the delivery proxies, and the signal codes. The
 * first column, `project`, holds the project key.
 *
 * Empty input: no products give the header alone.
 */
export function portfolioTable(products: readonly ProductFigures[]): { header: string[]; rows: TableCell[][] } {
  return {
    header: COLUMNS.map(([name]) => name),
    rows: products.map((product) => {
      const row = portfolioRow(product);
      return COLUMNS.map(([, cell]) => cell(product, row));
    }),
  };
}
