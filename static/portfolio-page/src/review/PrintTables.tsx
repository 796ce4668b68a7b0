import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import type { PortfolioOverviewRow } from '../../../../src/shared/api';
import { VIEW_KEYS, VIEWS } from './columns';
import { ProxyNote } from './ProxyNote';
import { ReviewTable } from './ReviewTable';

/** On paper every view of the table, one under the other, in the order on screen; flow figures of all work. */
export function PrintTables({
  rows,
  onOpen,
  quarterToDate,
}: {
  rows: readonly PortfolioOverviewRow[];
  onOpen: (projectKey: string) => void;
  quarterToDate: boolean;
}) {
  return (
    <Stack space="space.300" testId="print-tables">
      {VIEW_KEYS.map((view) => (
        <Stack key={view} space="space.100">
          <Heading size="xsmall" as="h3">
            {VIEWS[view].title}
          </Heading>
          <ReviewTable
            rows={rows}
            view={view}
            bucket="all"
            sort={null}
            onOpen={onOpen}
            label={VIEWS[view].title}
            testId={`print-table-${view}`}
            idPrefix={`print-${view}-`}
            quarterToDate={quarterToDate}
          />
          {view === 'delivery' && <ProxyNote />}
        </Stack>
      ))}
    </Stack>
  );
}
