import type { LazySection } from '../../common/LazySections';

/**
 * Sections shown under the product table of the Portfolio review, in order: a component under
 * `src/<section>/` with a default export, reading the review with `usePortfolio()` or its own
 * resolver, loaded lazily.
 */
export const PORTFOLIO_SECTIONS: readonly LazySection[] = [
  { id: 'changes', title: 'What changed since last month', load: () => import('./changes/ChangesSection') },
  { id: 'decisions', title: 'Decisions', load: () => import('./notes/NotesSection') },
];
