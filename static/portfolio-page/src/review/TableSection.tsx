import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { PortfolioOverviewRow, PortfolioSnapshotOverview } from '../../../../src/shared/api';
import { WORK_BUCKETS } from '../../../../src/shared/workTypes';
import { Legend } from '../../../common/charts/Legend';
import { ExportButton } from '../../../common/ExportButton';
import { BUCKET_STYLES } from '../../../common/workTypeStyle';
import { VIEWS } from './columns';
import { portfolioCsv, portfolioMarkdown } from './portfolioExport';
import { PrintTables } from './PrintTables';
import { ProxyNote } from './ProxyNote';
import { ReviewTable } from './ReviewTable';
import { ReviewToolbar } from './ReviewToolbar';
import { exceptionsOf, isReadyRow } from './reviewRows';
import { exportTitle, isQuarterToDate, quarterName } from './reviewTitle';
import type { ReviewView } from './useReviewView';

const LEGEND = WORK_BUCKETS.map((bucket) => ({
  key: bucket,
  label: BUCKET_STYLES[bucket].label,
  fill: BUCKET_STYLES[bucket].fill,
  texture: BUCKET_STYLES[bucket].texture,
}));

function notCountedWords(rows: readonly PortfolioOverviewRow[]): string | null {
  const pending = rows.filter((row) => !isReadyRow(row)).length;
  if (pending === 0) return null;
  return `${pending} ${pending === 1 ? 'product is' : 'products are'} not counted yet: ${pending === 1 ? 'its' : 'their'} figures are not in.`;
}

/** CSV for a spreadsheet, Markdown for a pre-read: the products shown, in the order shown. */
function ExportRow({
  overview,
  rows,
  onlyExceptions,
}: {
  overview: PortfolioSnapshotOverview;
  rows: readonly PortfolioOverviewRow[];
  onlyExceptions: boolean;
}) {
  return (
    <Box data-print="hide">
      <Inline space="space.200" alignBlock="center" shouldWrap>
        <Text weight="semibold">Export the table</Text>
        <ExportButton fileName="portfolio-review.csv" label="Export CSV" csv={() => portfolioCsv(rows)} />
        <ExportButton
          fileName="portfolio-review.md"
          label="Export Markdown"
          format="markdown"
          csv={() => portfolioMarkdown(rows, exportTitle(overview, onlyExceptions))}
        />
      </Inline>
    </Box>
  );
}

interface TableSectionProps {
  overview: PortfolioSnapshotOverview;
  rows: readonly PortfolioOverviewRow[];
  view: ReviewView;
  printing: boolean;
  onOpen: (projectKey: string) => void;
}

/** Every product's figures: the toolbar, one view of the table on screen (all of them on paper), and the exports. */
export function TableSection({ overview, rows, view, printing, onOpen }: TableSectionProps) {
  const notCounted = notCountedWords(rows);
  const title = `${view.onlyExceptions ? 'Products with signals' : 'Every product'} (${rows.length}): ${quarterName(overview)}`;
  return (
    <Stack space="space.150">
      <Heading size="small" as="h2">
        {title}
      </Heading>
      <Box data-print="hide">
        <ReviewToolbar view={view} total={overview.products.length} exceptions={exceptionsOf(overview.products).length} />
      </Box>
      {(view.view === 'pace' || printing) && <Legend items={LEGEND} />}
      <Box data-print="hide">
        <Stack space="space.150">
          <ReviewTable
            rows={rows}
            view={view.view}
            bucket={view.bucket}
            sort={view.sort}
            onSort={view.sortBy}
            onOpen={onOpen}
            label={`${title}: ${VIEWS[view.view].title}`}
            testId="portfolio-table"
            quarterToDate={isQuarterToDate(overview)}
          />
          {view.view === 'delivery' && <ProxyNote />}
        </Stack>
      </Box>
      {printing && <PrintTables rows={rows} onOpen={onOpen} quarterToDate={isQuarterToDate(overview)} />}
      {notCounted && (
        <Text size="small" color="color.text.subtle">
          {notCounted}
        </Text>
      )}
      <ExportRow overview={overview} rows={rows} onlyExceptions={view.onlyExceptions} />
    </Stack>
  );
}
