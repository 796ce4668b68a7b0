import type { ReactNode } from 'react';
import ArrowDownIcon from '@atlaskit/icon/core/arrow-down';
import ArrowUpIcon from '@atlaskit/icon/core/arrow-up';
import { Box, Inline, Pressable, Text, xcss } from '@atlaskit/primitives';
import Tooltip from '@atlaskit/tooltip';

export type SortDirection = 'ascending' | 'descending';

export interface TableColumn<R, K extends string = string> {
  key: K;
  label: string;
  /** How the figure is made: the header's tooltip, on hover and on keyboard focus. */
  help?: string;
  align?: 'start' | 'end';
  sortable?: boolean;
  cell: (row: R) => ReactNode;
  /** The column's cell in the total row; the first column's is the row's name. */
  total?: ReactNode;
}

export interface SortableTableProps<R, K extends string = string> {
  /** The table's accessible name. */
  label: string;
  columns: readonly TableColumn<R, K>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowTestId?: (row: R) => string;
  /** The column the rows are in the order of; the rows come already sorted. */
  sort?: { column: K; direction: SortDirection } | null;
  onSort?: (column: K) => void;
  /** Shows the total row under the rows. */
  withTotal?: boolean;
  /** What the body says when there is no row. */
  emptyView?: ReactNode;
  testId?: string;
}

const tableStyles = xcss({ width: '100%', borderCollapse: 'collapse' });
const headStyles = xcss({
  paddingBlock: 'space.075',
  paddingInline: 'space.100',
  borderBottomWidth: 'border.width.selected',
  borderBottomStyle: 'solid',
  borderBottomColor: 'color.border',
  verticalAlign: 'bottom',
  font: 'font.body.small',
  fontWeight: 'font.weight.semibold',
  color: 'color.text.subtle',
});
const cellStyles = xcss({
  paddingBlock: 'space.100',
  paddingInline: 'space.100',
  borderBottomWidth: 'border.width',
  borderBottomStyle: 'solid',
  borderBottomColor: 'color.border',
  verticalAlign: 'top',
});
const totalStyles = xcss({
  borderTopWidth: 'border.width.selected',
  borderTopStyle: 'solid',
  borderTopColor: 'color.border.bold',
  fontWeight: 'font.weight.semibold',
});
/** Figures are right-aligned with even-width digits, so a column of them reads down evenly. */
const endStyles = xcss({ textAlign: 'end', fontVariantNumeric: 'tabular-nums' });
const startStyles = xcss({ textAlign: 'start' });
const sortButtonStyles = xcss({
  backgroundColor: 'color.background.neutral.subtle',
  color: 'color.text.subtle',
  font: 'font.body.small',
  fontWeight: 'font.weight.semibold',
  padding: 'space.025',
  borderRadius: 'radius.small',
  textAlign: 'start',
  ':hover': { backgroundColor: 'color.background.neutral.subtle.hovered', color: 'color.text' },
});

function SortIcon({ direction }: { direction: SortDirection | undefined }) {
  if (direction === undefined) return null;
  return direction === 'ascending' ? <ArrowUpIcon label="" size="small" color="currentColor" /> : <ArrowDownIcon label="" size="small" color="currentColor" />;
}

function HeadCell<R, K extends string>({
  column,
  direction,
  onSort,
}: {
  column: TableColumn<R, K>;
  direction: SortDirection | undefined;
  onSort?: (column: K) => void;
}) {
  const align = column.align === 'end' ? endStyles : startStyles;
  const label =
    column.sortable && onSort ? (
      <Tooltip content={column.help} position="top">
        {(tooltipProps) => (
          <Pressable {...tooltipProps} xcss={sortButtonStyles} onClick={() => onSort(column.key)} testId={`sort-${column.key}`}>
            <Inline space="space.025" alignBlock="center">
              {column.label}
              <SortIcon direction={direction} />
            </Inline>
          </Pressable>
        )}
      </Tooltip>
    ) : (
      <Tooltip content={column.help} position="top">
        {(tooltipProps) => <span {...tooltipProps}>{column.label}</span>}
      </Tooltip>
    );
  return (
    <Box as="th" scope="col" aria-sort={column.sortable && onSort ? (direction ?? 'none') : undefined} xcss={[headStyles, align]}>
      {label}
    </Box>
  );
}

/**
 * A table of figures sorted by its header buttons (Tab to one, Enter or Space to sort; the header says
 * the order in `aria-sort`), with a total row that stays last whatever the order.
 */
export function SortableTable<R, K extends string = string>({
  label,
  columns,
  rows,
  rowKey,
  rowTestId,
  sort,
  onSort,
  withTotal = false,
  emptyView,
  testId,
}: SortableTableProps<R, K>) {
  return (
    <Box as="table" aria-label={label} xcss={tableStyles} testId={testId}>
      <thead>
        <tr>
          {columns.map((column) => (
            <HeadCell key={column.key} column={column} direction={sort?.column === column.key ? sort.direction : undefined} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && emptyView !== undefined && (
          <tr>
            <Box as="td" colSpan={columns.length} xcss={cellStyles}>
              {emptyView}
            </Box>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={rowKey(row)} data-testid={rowTestId?.(row)}>
            {columns.map((column) => (
              <Box as="td" key={column.key} xcss={[cellStyles, column.align === 'end' ? endStyles : startStyles]}>
                {column.cell(row)}
              </Box>
            ))}
          </tr>
        ))}
      </tbody>
      {withTotal && (
        <tfoot data-testid={testId && `${testId}-total`}>
          <tr>
            {columns.map((column, index) => (
              <Box
                as={index === 0 ? 'th' : 'td'}
                scope={index === 0 ? 'row' : undefined}
                key={column.key}
                xcss={[cellStyles, totalStyles, column.align === 'end' ? endStyles : startStyles]}
              >
                {column.total ?? <Text color="color.text.subtle">—</Text>}
              </Box>
            ))}
          </tr>
        </tfoot>
      )}
    </Box>
  );
}
