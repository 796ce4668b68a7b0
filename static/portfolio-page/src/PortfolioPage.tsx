import { useState } from 'react';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { PortfolioOverview } from '../../../src/shared/api';
import type { ResolverError } from '../../../src/shared/result';
import { WORK_BUCKETS } from '../../../src/shared/workTypes';
import { PageFrame } from '../../common/boot';
import { Legend } from '../../common/charts/Legend';
import { FigureTable } from '../../common/FigureTable';
import { formatDate, formatMonth } from '../../common/format';
import { openProductTab } from '../../common/navigation';
import { ActionError, EmptyMessage, ErrorState, LoadingState } from '../../common/states';
import { LazySections } from '../../common/LazySections';
import { useResolver } from '../../common/useResolver';
import { BUCKET_STYLES } from '../../common/workTypeStyle';
import { describeMix, MixBar, PORTFOLIO_HEAD, portfolioRow } from './portfolioRows';
import { PortfolioContext } from './portfolioContext';
import { PORTFOLIO_SECTIONS } from './sections';

const LEGEND = WORK_BUCKETS.map((bucket) => ({ key: bucket, label: BUCKET_STYLES[bucket].label, fill: BUCKET_STYLES[bucket].fill }));

function quarterName(overview: PortfolioOverview): string {
  const first = overview.months[0];
  const last = overview.months[overview.months.length - 1];
  return first && last ? `${formatMonth(first)} – ${formatMonth(last)}` : 'the last quarter';
}

function Portfolio({ overview }: { overview: PortfolioOverview }) {
  const [navigationError, setNavigationError] = useState<ResolverError | null>(null);
  const open = (projectKey: string) => {
    openProductTab(projectKey).catch((reason: unknown) =>
      setNavigationError({ code: 'INTERNAL', message: `Jira did not open the Product tab of ${projectKey}: ${reason instanceof Error ? reason.message : String(reason)}` }),
    );
  };
  if (overview.products.length === 0) {
    return (
      <EmptyMessage
        title="No product to review"
        whatToDo="You cannot browse any Jira project yet. Ask a Jira admin to grant you Browse Projects on the products you review; they then appear here."
      />
    );
  }
  return (
    <Stack space="space.200">
      {navigationError && <ActionError action="open the product" error={navigationError} onDismiss={() => setNavigationError(null)} />}
      <Inline space="space.200" alignBlock="center" shouldWrap>
        <Text weight="bold">All your products this quarter</Text>
        <MixBar shares={overview.totalShares} width={320} />
        <Text size="small" color="color.text.subtle">
          {describeMix(overview.totalShares)}
        </Text>
      </Inline>
      <Legend items={LEGEND} />
      <FigureTable
        title={`Products you can browse (${overview.products.length}): workload of ${quarterName(overview)}, velocity of each product's last 3 closed sprints`}
        head={PORTFOLIO_HEAD}
        rows={overview.products.map((row) => portfolioRow(row, open))}
        testId="portfolio-table"
      />
      <PortfolioContext.Provider value={overview}>
        <LazySections sections={PORTFOLIO_SECTIONS} />
      </PortfolioContext.Provider>
    </Stack>
  );
}

/** The Portfolio review (`jira:globalPage`): one row per product the viewer may browse, and only those. */
export function PortfolioPage() {
  const { resource, reload } = useResolver('portfolio/get', {}, 'the portfolio figures');
  return (
    <PageFrame>
      <Stack space="space.300">
        <Stack space="space.050">
          <Heading size="large" as="h1">
            Portfolio review
          </Heading>
          <Text color="color.text.subtle">
            {resource.status === 'ready'
              ? `Quarter ${quarterName(resource.data)}, as of ${formatDate(resource.data.site.now)}. Choose a product to open its Product tab.`
              : 'Workload mix, velocity and say/do of every product you can browse.'}
          </Text>
        </Stack>
        {resource.status === 'loading' && <LoadingState label="Loading the portfolio figures…" />}
        {resource.status === 'failed' && <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />}
        {resource.status === 'ready' && <Portfolio overview={resource.data} />}
      </Stack>
    </PageFrame>
  );
}
