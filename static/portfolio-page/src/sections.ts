import type { LazySection } from '../../common/LazySections';

/**
 * Sections shown under the product table of the Portfolio review, in order. Issue 4 adds its counts
 * and highlights (open risks by band, releases with analysis due) here: a component under
 * `src/<section>/` with a default export, reading the products with `usePortfolio()`, loaded lazily.
 */
export const PORTFOLIO_SECTIONS: readonly LazySection[] = [];
