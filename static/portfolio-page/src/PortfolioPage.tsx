import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import PrinterIcon from '@atlaskit/icon/core/printer';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Tooltip from '@atlaskit/tooltip';
import { PageFrame } from '../../common/boot';
import { printPage, usePrinting } from '../../common/print';
import { EmptyMessage, ErrorState, LoadingState } from '../../common/states';
import { useSnapshotResource } from '../../common/useSnapshotResource';
import { PORTFOLIO_FIGURES, PortfolioFreshness } from './portfolioFigures';
import { Review } from './review/Review';
import { quarterName } from './review/reviewTitle';
import { UnreadableRecords } from './review/UnreadableRecords';

const NO_PRODUCT_TEXT =
  'You cannot browse any Jira project yet. Ask a Jira admin to grant you Browse Projects on the products you review; they then appear here.';

const PRINT_HELP = 'Prints the exceptions, every view of the table, what changed and the decisions. Choose Save as PDF in the dialog to make the pre-read.';

function PrintButton() {
  return (
    <Box data-print="hide">
      <Tooltip content={PRINT_HELP}>
        {(tooltipProps) => (
          <Button {...tooltipProps} iconBefore={PrinterIcon} onClick={printPage} testId="print-review">
            Print the review
          </Button>
        )}
      </Tooltip>
    </Box>
  );
}

/** The Portfolio review (`jira:globalPage`): the monthly review of every product the viewer may browse, and only those. */
export function PortfolioPage() {
  const figures = useSnapshotResource(PORTFOLIO_FIGURES);
  const printing = usePrinting();
  const { resource, reload } = figures;
  const overview = resource.status === 'ready' ? resource.data : null;
  const hasProducts = overview !== null && overview.products.length > 0;
  return (
    <PageFrame>
      <Stack space="space.300">
        <Stack space="space.100">
          <Inline space="space.200" spread="space-between" alignBlock="center">
            <Heading size="large" as="h1">
              Portfolio review
            </Heading>
            {hasProducts && <PrintButton />}
          </Inline>
          <Text color="color.text.subtle">
            {hasProducts
              ? `Quarter ${quarterName(overview)}: exceptions first, then every product's figures, what changed since last month and what the review decided.`
              : 'Workload, pace, flow and delivery of every product you can browse, exceptions first.'}
          </Text>
          {hasProducts && <PortfolioFreshness figures={figures} overview={overview} />}
        </Stack>
        {resource.status === 'loading' && <LoadingState label="Loading the portfolio figures…" />}
        {resource.status === 'failed' && <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />}
        {overview && overview.products.length === 0 && <EmptyMessage title="No product to review" whatToDo={NO_PRODUCT_TEXT} />}
        {hasProducts && <UnreadableRecords overview={overview} />}
        {hasProducts && <Review overview={overview} printing={printing} />}
      </Stack>
    </PageFrame>
  );
}
