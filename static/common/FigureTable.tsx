import type { ReactNode } from 'react';
import DynamicTable, { type DynamicTableProps } from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import { figureColumns } from './format';

type TableProps = Pick<DynamicTableProps, 'head' | 'rows' | 'rowsPerPage' | 'defaultSortKey' | 'defaultSortOrder' | 'testId' | 'emptyView'>;
type Head = NonNullable<DynamicTableProps['head']>;
type Rows = NonNullable<DynamicTableProps['rows']>;

/** Figures are right-aligned with even-width digits, so a column of them reads down evenly. */
const figureStyles = xcss({ textAlign: 'end', fontVariantNumeric: 'tabular-nums' });

function aligned(content: ReactNode): ReactNode {
  return <Box xcss={figureStyles}>{content}</Box>;
}

/** The head and rows with each figure column's header and cells right-aligned, headers above their figures. */
function alignFigures(head: Head | undefined, rows: Rows, figures: ReadonlySet<string>): { head: Head | undefined; rows: Rows } {
  if (figures.size === 0 || head === undefined) return { head, rows };
  const isFigure = head.cells.map((cell, index) => figures.has(String(cell.key ?? index)));
  return {
    head: { ...head, cells: head.cells.map((cell, index) => (isFigure[index] ? { ...cell, content: aligned(cell.content) } : cell)) },
    rows: rows.map((row) => ({ ...row, cells: row.cells.map((cell, index) => (isFigure[index] ? { ...cell, content: aligned(cell.content) } : cell)) })),
  };
}

/**
 * A titled table of figures. The title is a small heading (a table caption would render as a large
 * one) and also the table's accessible name; `level` places it under the heading of what holds it.
 */
export function FigureTable({ title, level = 'h3', head, rows = [], ...table }: TableProps & { title: string; level?: 'h3' | 'h4' }) {
  const shown = alignFigures(head, rows, figureColumns({ head: head?.cells ?? [], rows }));
  return (
    <Stack space="space.100">
      <Heading size="xsmall" as={level}>
        {title}
      </Heading>
      <DynamicTable label={title} head={shown.head} rows={shown.rows} {...table} />
    </Stack>
  );
}
