import { createContext, useContext } from 'react';
import type { PortfolioOverviewRow, PortfolioSnapshotOverview } from '../../../src/shared/api';

/** The Portfolio review as the page shows it, for the sections under its table. */
export interface PortfolioReview {
  overview: PortfolioSnapshotOverview;
  /** The products shown (all, or only those with signals), in the table's order. */
  rows: readonly PortfolioOverviewRow[];
  onlyExceptions: boolean;
  openProduct: (projectKey: string) => void;
}

export const PortfolioContext = createContext<PortfolioReview | null>(null);

export function usePortfolio(): PortfolioReview {
  const review = useContext(PortfolioContext);
  if (review === null) throw new Error('usePortfolio is used outside the Portfolio review');
  return review;
}
