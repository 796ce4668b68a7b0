import type { LazySection } from '../../common/LazySections';

/**
 * Sections shown under the work category on the epic panel, in order: a component under `src/<section>/`
 * with a default export that reads the epic with `useEpicDetail()`, loaded lazily so the panel's
 * first paint stays small.
 */
export const EPIC_PANEL_SECTIONS: readonly LazySection[] = [
  { id: 'links', title: 'Linked roadmap items and risks', load: () => import('./links/EpicLinksSection') },
];
