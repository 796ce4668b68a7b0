import { createContext, useContext } from 'react';
import type { PortfolioOverview } from '../../../src/shared/api';

/** The products the viewer may browse, as `portfolio/get` answered, for the page's sections. */
export const PortfolioContext = createContext<PortfolioOverview | null>(null);

export function usePortfolio(): PortfolioOverview {
  const overview = useContext(PortfolioContext);
  if (overview === null) throw new Error('usePortfolio is used outside the Portfolio review');
  return overview;
}
