import { Stack } from '@atlaskit/primitives';
import type { PortfolioSnapshotOverview } from '../../../src/shared/api';
import { formatAsOf, isStale } from '../../common/format';
import { FreshnessBar, StaleWarning } from '../../common/snapshot';
import type { SnapshotResource, SnapshotSource } from '../../common/useSnapshotResource';

const FIRST_SNAPSHOT_EVERY_MS = 5_000;

const computing = (overview: PortfolioSnapshotOverview) => overview.products.some(({ snapshot }) => snapshot.status === 'computing');
const refreshing = (overview: PortfolioSnapshotOverview) => overview.products.some(({ snapshot }) => snapshot.refreshing);

/** The Portfolio review's figures: one snapshot per product, looked at again while any is first being built. */
export const PORTFOLIO_FIGURES: SnapshotSource<'portfolio/overview'> = {
  key: 'portfolio/overview',
  payload: {},
  what: 'the portfolio figures',
  stateOf: (overview) =>
    JSON.stringify(overview.products.map(({ projectKey, snapshot }) => [projectKey, snapshot.status, snapshot.asOf, snapshot.refreshing, snapshot.lastError])),
  isBusy: (overview) => computing(overview) || refreshing(overview),
  pollEvery: (overview) => (computing(overview) ? FIRST_SNAPSHOT_EVERY_MS : null),
  refreshKey: 'portfolio/refresh',
};

/** The newest and the oldest `asOf` of the products whose figures are in; null when none is. */
export function asOfRange(overview: PortfolioSnapshotOverview): { newest: string; oldest: string } | null {
  const times = overview.products
    .flatMap(({ snapshot }) => (snapshot.status === 'ready' && snapshot.asOf !== null ? [snapshot.asOf] : []))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const oldest = times[0];
  const newest = times[times.length - 1];
  return oldest !== undefined && newest !== undefined ? { newest, oldest } : null;
}

function asOfText(range: { newest: string; oldest: string } | null, now: Date): string {
  if (range === null) return "No product's figures are in yet";
  const newest = formatAsOf(range.newest, now);
  const oldest = formatAsOf(range.oldest, now);
  return newest === oldest ? `Figures as of ${newest}` : `Figures as of ${newest}; oldest product as of ${oldest}`;
}

/** "Figures as of …; oldest product as of …" with Refresh all, and a warning when the oldest is old. */
export function PortfolioFreshness({ figures, overview }: { figures: SnapshotResource<PortfolioSnapshotOverview>; overview: PortfolioSnapshotOverview }) {
  const range = asOfRange(overview);
  const now = new Date();
  return (
    <Stack space="space.100" testId="portfolio-freshness">
      <FreshnessBar
        asOfText={asOfText(range, now)}
        status={figures.refreshStatus}
        underWay={refreshing(overview)}
        refreshLabel="Refresh all"
        onRefresh={figures.refresh}
        onDismissError={figures.dismissRefreshStatus}
        testId="portfolio"
      />
      {range !== null && isStale(range.oldest, now) && <StaleWarning title={`The oldest product's figures are from ${formatAsOf(range.oldest, now)}`} />}
    </Stack>
  );
}
