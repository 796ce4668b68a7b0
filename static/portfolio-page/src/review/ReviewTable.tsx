import { Text } from '@atlaskit/primitives';
import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import { SortableTable, type TableColumn } from '../../../common/SortableTable';
import { COLUMNS, VIEWS, type ColumnKey, type ViewKey } from './columns';
import { READY_CELLS } from './columnCells';
import { PendingStatus, ProductCell } from './ProductCell';
import { isReadyRow, type FlowBucket } from './reviewRows';
import type { SortState } from './sortRows';
import { TOTAL_CELLS } from './totalCells';
import { portfolioTotals } from './totals';

const MISSING = <Text color="color.text.subtle">—</Text>;
/** The quarter column's header while the quarter is under way: its months are not all over. */
const QUARTER_TO_DATE_LABEL = 'Workload mix, quarter to date';

function column(
  key: ColumnKey,
  bucket: FlowBucket,
  onOpen: (projectKey: string) => void,
  linkPrefix: string,
  quarterToDate: boolean,
): Omit<TableColumn<PortfolioOverviewRow, ColumnKey>, 'total'> {
  const { help, align } = COLUMNS[key];
  const label = key === 'quarter' && quarterToDate ? QUARTER_TO_DATE_LABEL : COLUMNS[key].label;
  const cell = (row: PortfolioOverviewRow) => {
    if (key === 'product') return <ProductCell projectKey={row.projectKey} projectName={row.projectName} onOpen={onOpen} testIdPrefix={linkPrefix} />;
    if (isReadyRow(row)) return READY_CELLS[key](row, bucket);
    return key === 'signals' ? <PendingStatus row={row} /> : MISSING;
  };
  return { key, label, help, align, sortable: true, cell };
}

export interface ReviewTableProps {
  /** The products shown, already in `sort`'s order. */
  rows: readonly PortfolioOverviewRow[];
  view: ViewKey;
  bucket: FlowBucket;
  /** Null in print: the order is kept, the header buttons are not needed. */
  sort: SortState | null;
  onSort?: (column: ColumnKey) => void;
  onOpen: (projectKey: string) => void;
  label: string;
  testId: string;
  /** Test ids of the rows and product links: the print view repeats the products, so its ids differ. */
  idPrefix?: string;
  /** The quarter is under way (see `isQuarterToDate`): its column says "to date". */
  quarterToDate?: boolean;
}

/** One view of the review's table: Product and Signals, that view's figures, and the total of the products shown. */
export function ReviewTable({ rows, view, bucket, sort, onSort, onOpen, label, testId, idPrefix = '', quarterToDate = false }: ReviewTableProps) {
  const totals = portfolioTotals(rows, bucket);
  const columns = VIEWS[view].columns.map((key) => ({ ...column(key, bucket, onOpen, `${idPrefix}open`, quarterToDate), total: TOTAL_CELLS[key](totals) }));
  return (
    <SortableTable<PortfolioOverviewRow, ColumnKey>
      label={label}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.projectKey}
      rowTestId={(row) => `${idPrefix}portfolio-row-${row.projectKey}`}
      sort={sort}
      onSort={onSort}
      withTotal={rows.length > 0}
      emptyView={<Text color="color.text.subtle">No product raises a signal: every product you can browse is within the limits the signals watch.</Text>}
      testId={testId}
    />
  );
}
