import { useState } from 'react';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { PortfolioSnapshotOverview } from '../../../src/shared/api';
import type { ResolverError } from '../../../src/shared/result';
import { WORK_BUCKETS } from '../../../src/shared/workTypes';
import { PageFrame } from '../../common/boot';
import { Legend } from '../../common/charts/Legend';
import { FigureTable } from '../../common/FigureTable';
import { formatMonth } from '../../common/format';
import { openProductTab } from '../../common/navigation';
import { ActionError, EmptyMessage, ErrorState, LoadingState } from '../../common/states';
import { LazySections } from '../../common/LazySections';
import { useSnapshotResource } from '../../common/useSnapshotResource';
import { BUCKET_STYLES } from '../../common/workTypeStyle';
import { PORTFOLIO_FIGURES, PortfolioFreshness } from './portfolioFigures';
import { describeMix, isReadyRow, MixBar, PORTFOLIO_HEAD, pendingRow, portfolioRow } from './portfolioRows';
import { PortfolioContext } from './portfolioContext';
import { PORTFOLIO_SECTIONS } from './sections';

const LEGEND = WORK_BUCKETS.map((bucket) => ({ key: bucket, label: BUCKET_STYLES[bucket].label, fill: BUCKET_STYLES[bucket].fill }));

function quarterName(overview: PortfolioSnapshotOverview): string {
  const first = overview.months[0];
  const last = overview.months[overview.months.length - 1];
  return first && last ? `${formatMonth(first)} – ${formatMonth(last)}` : 'the last quarter';
}

function useOpenProduct() {
  const [navigationError, setNavigationError] = useState<ResolverError | null>(null);
  const open = (projectKey: string) => {
    openProductTab(projectKey).catch((reason: unknown) =>
      setNavigationError({
        code: 'INTERNAL',
        message: `Jira did not open the Product tab of ${projectKey}: ${reason instanceof Error ? reason.message : String(reason)}`,
      }),
    );
  };
  return { open, navigationError, dismiss: () => setNavigationError(null) };
}

function notCountedWords(overview: PortfolioSnapshotOverview): string | null {
  const pending = overview.products.filter((row) => !isReadyRow(row)).length;
  if (pending === 0) return null;
  return `${pending} ${pending === 1 ? 'product is' : 'products are'} not counted yet: ${pending === 1 ? 'its' : 'their'} figures are not in.`;
}

function Portfolio({ overview }: { overview: PortfolioSnapshotOverview }) {
  const { open, navigationError, dismiss } = useOpenProduct();
  const notCounted = notCountedWords(overview);
  return (
    <Stack space="space.200">
      {navigationError && <ActionError action="open the product" error={navigationError} onDismiss={dismiss} />}
      <Inline space="space.200" alignBlock="center" shouldWrap>
        <Text weight="bold">All your products this quarter</Text>
        <MixBar shares={overview.totalShares} width={320} />
        <Text size="small" color="color.text.subtle">
          {describeMix(overview.totalShares)}
        </Text>
      </Inline>
      {notCounted && (
        <Text size="small" color="color.text.subtle">
          {notCounted}
        </Text>
      )}
      <Legend items={LEGEND} />
      <FigureTable
        title={`Products you can browse (${overview.products.length}): workload of ${quarterName(overview)}, velocity of each product's last 3 closed sprints`}
        head={PORTFOLIO_HEAD}
        rows={overview.products.map((row) => (isReadyRow(row) ? portfolioRow(row, open) : pendingRow(row, open)))}
        testId="portfolio-table"
      />
      <PortfolioContext.Provider value={overview}>
        <LazySections sections={PORTFOLIO_SECTIONS} />
      </PortfolioContext.Provider>
    </Stack>
  );
}

const NO_PRODUCT_TEXT =
  'You cannot browse any Jira project yet. Ask a Jira admin to grant you Browse Projects on the products you review; they then appear here.';

/** The Portfolio review (`jira:globalPage`): one row per product the viewer may browse, and only those. */
export function PortfolioPage() {
  const figures = useSnapshotResource(PORTFOLIO_FIGURES);
  const { resource, reload } = figures;
  const overview = resource.status === 'ready' ? resource.data : null;
  return (
    <PageFrame>
      <Stack space="space.300">
        <Stack space="space.100">
          <Heading size="large" as="h1">
            Portfolio review
          </Heading>
          <Text color="color.text.subtle">
            {overview && overview.products.length > 0
              ? `Quarter ${quarterName(overview)}. Choose a product to open its Product tab.`
              : 'Workload mix, velocity and say/do of every product you can browse.'}
          </Text>
          {overview && overview.products.length > 0 && <PortfolioFreshness figures={figures} overview={overview} />}
        </Stack>
        {resource.status === 'loading' && <LoadingState label="Loading the portfolio figures…" />}
        {resource.status === 'failed' && <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />}
        {overview && overview.products.length === 0 && <EmptyMessage title="No product to review" whatToDo={NO_PRODUCT_TEXT} />}
        {overview && overview.products.length > 0 && <Portfolio overview={overview} />}
      </Stack>
    </PageFrame>
  );
}
