import { createContext, useContext, type ReactNode } from 'react';
import { Stack } from '@atlaskit/primitives';
import type { ProductTabData } from '../../../src/shared/api';
import { SnapshotComputing, SnapshotFailed } from '../../common/snapshot';
import { ActionError, ErrorState, LoadingState } from '../../common/states';
import { useSnapshotResource, type SnapshotResource, type SnapshotSource } from '../../common/useSnapshotResource';

/** Months of delivered workload the Product tab shows (METRICS.md: the default window). */
export const WORKLOAD_MONTHS = 12;

/** The Product tab's answer once the project's snapshot is ready: every figure, and when it was taken. */
export type ProductFigureData = Extract<ProductTabData, { asOf: string }>;

/** The figures, or null while the project's first snapshot is being built (or could not be). */
export function readyFigures(data: ProductTabData): ProductFigureData | null {
  return data.asOf === null ? null : data;
}

const FIRST_SNAPSHOT_EVERY_MS = 5_000;
const FAILED_SNAPSHOT_EVERY_MS = 30_000;

const PRODUCT_FIGURES: SnapshotSource<'figures/get'> = {
  key: 'figures/get',
  payload: { months: WORKLOAD_MONTHS },
  what: "this product's figures",
  stateOf: ({ snapshot }) => JSON.stringify([snapshot.status, snapshot.asOf, snapshot.refreshing, snapshot.lastError]),
  isBusy: ({ snapshot }) => snapshot.status === 'computing' || snapshot.refreshing,
  // A first snapshot is built in a minute or two; a failed one is retried by the app, so look now and then.
  pollEvery: ({ snapshot }) => (snapshot.status === 'computing' ? FIRST_SNAPSHOT_EVERY_MS : snapshot.status === 'failed' ? FAILED_SNAPSHOT_EVERY_MS : null),
  refreshKey: 'snapshot/refresh',
};

const FiguresContext = createContext<SnapshotResource<ProductTabData> | null>(null);

/** Loads the project's figures once for every section; a tag elsewhere reloads and watches for the refreshed ones. */
export function FiguresProvider({ children }: { children: ReactNode }) {
  const figures = useSnapshotResource(PRODUCT_FIGURES);
  return <FiguresContext.Provider value={figures}>{children}</FiguresContext.Provider>;
}

export function useProductFigures(): SnapshotResource<ProductTabData> {
  const figures = useContext(FiguresContext);
  if (figures === null) throw new Error('useProductFigures is used outside <FiguresProvider>');
  return figures;
}

const COMPUTING_TITLE = 'Reading this project for the first time';
const COMPUTING_TEXT =
  "Product Lens is reading this project's history from Jira for the first time. This takes a minute or two for a large project; this page updates by itself.";

/** Renders `children` with the figures once the snapshot is ready; loading, first-snapshot and error states otherwise. */
export function WithFigures({ children }: { children: (overview: ProductFigureData, refreshing: boolean) => ReactNode }) {
  const { resource, reload, refresh, refreshStatus, dismissRefreshStatus } = useProductFigures();
  if (resource.status === 'loading') return <LoadingState label="Loading this product's figures…" />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  const figures = readyFigures(resource.data);
  if (figures !== null) return <>{children(figures, resource.refreshing)}</>;
  const { snapshot } = resource.data;
  if (snapshot.status === 'computing') return <SnapshotComputing title={COMPUTING_TITLE} description={COMPUTING_TEXT} />;
  return (
    <Stack space="space.100">
      <SnapshotFailed
        title="Product Lens could not read this project from Jira"
        lastError={snapshot.lastError}
        onRetry={refresh}
        retrying={refreshStatus.kind === 'watching'}
      />
      {refreshStatus.kind === 'failed' && <ActionError action="ask Jira again" error={refreshStatus.error} onDismiss={dismissRefreshStatus} />}
    </Stack>
  );
}
