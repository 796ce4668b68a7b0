import { createContext, useContext, type ReactNode } from 'react';
import type { ProductOverview } from '../../../src/shared/api';
import { ErrorState, LoadingState } from '../../common/states';
import { useResolver, type ResolverState } from '../../common/useResolver';

/** Months of delivered workload the Product tab shows (METRICS.md: the default window). */
export const WORKLOAD_MONTHS = 12;

const FiguresContext = createContext<ResolverState<ProductOverview> | null>(null);

/** Loads the project's figures once for every section; a tag elsewhere calls `reload`. */
export function FiguresProvider({ children }: { children: ReactNode }) {
  const figures = useResolver('figures/get', { months: WORKLOAD_MONTHS }, "this product's figures");
  return <FiguresContext.Provider value={figures}>{children}</FiguresContext.Provider>;
}

export function useProductFigures(): ResolverState<ProductOverview> {
  const figures = useContext(FiguresContext);
  if (figures === null) throw new Error('useProductFigures is used outside <FiguresProvider>');
  return figures;
}

/** Renders `children` with the figures once they are in; loading and error states otherwise. */
export function WithFigures({ children }: { children: (overview: ProductOverview, refreshing: boolean) => ReactNode }) {
  const { resource, reload } = useProductFigures();
  if (resource.status === 'loading') return <LoadingState label="Loading this product's figures…" />;
  if (resource.status === 'failed') return <ErrorState what={resource.what} error={resource.error} onRetry={() => void reload()} />;
  return <>{children(resource.data, resource.refreshing)}</>;
}
