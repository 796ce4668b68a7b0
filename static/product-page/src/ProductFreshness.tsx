import { Stack } from '@atlaskit/primitives';
import { formatAsOf, isStale } from '../../common/format';
import { asOfWords, FreshnessBar, LastRefreshFailed, StaleWarning } from '../../common/snapshot';
import { readyFigures, useProductFigures } from './figures';

/**
 * Under the page title once figures are in: when they were taken from Jira, the Refresh button, and
 * a warning when they are old or the last refresh failed. Nothing while the first snapshot is built
 * (the sections say so).
 */
export function ProductFreshness() {
  const { resource, refresh, refreshStatus, dismissRefreshStatus } = useProductFigures();
  const figures = resource.status === 'ready' ? readyFigures(resource.data) : null;
  if (figures === null) return null;
  const { snapshot, asOf } = figures;
  return (
    <Stack space="space.100" testId="product-freshness">
      <FreshnessBar
        asOfText={asOfWords(asOf)}
        status={refreshStatus}
        underWay={snapshot.refreshing}
        refreshLabel="Refresh"
        onRefresh={refresh}
        onDismissError={dismissRefreshStatus}
        testId="figures"
      />
      {snapshot.lastError !== null && refreshStatus.kind !== 'watching' && <LastRefreshFailed lastError={snapshot.lastError} />}
      {isStale(asOf) && <StaleWarning title={`These figures are from ${formatAsOf(asOf)}`} />}
    </Stack>
  );
}
