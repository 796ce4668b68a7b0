import DynamicTable, { type DynamicTableProps } from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';

type TableProps = Pick<DynamicTableProps, 'head' | 'rows' | 'rowsPerPage' | 'defaultSortKey' | 'defaultSortOrder' | 'testId' | 'emptyView'>;

/**
 * A titled table of figures. The title is a small heading (a table caption would render as a large
 * one) and also the table's accessible name; `level` places it under the heading of what holds it.
 */
export function FigureTable({ title, level = 'h3', ...table }: TableProps & { title: string; level?: 'h3' | 'h4' }) {
  return (
    <Stack space="space.100">
      <Heading size="xsmall" as={level}>
        {title}
      </Heading>
      <DynamicTable label={title} {...table} />
    </Stack>
  );
}
