import { createContext, useContext } from 'react';
import type { PortfolioSnapshotOverview } from '../../../src/shared/api';

/** The products the viewer may browse, as `portfolio/overview` answered, for the page's sections. */
export const PortfolioContext = createContext<PortfolioSnapshotOverview | null>(null);

export function usePortfolio(): PortfolioSnapshotOverview {
  const overview = useContext(PortfolioContext);
  if (overview === null) throw new Error('usePortfolio is used outside the Portfolio review');
  return overview;
}
