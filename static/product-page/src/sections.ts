import type { LazySection } from '../../common/LazySections';

/**
 * The Product tab's sections, in tab order. Each loads lazily, so the first paint carries only the
 * frame. To add a section (issue 4: Roadmap, Risk register, Releases, Capacity), write a component
 * under `src/<section>/` with a default export and add one entry here; figures-based sections read
 * the shared figures with `useProductFigures()`, record-based ones call their own resolvers.
 */
export type ProductSection = LazySection;

export const PRODUCT_SECTIONS: readonly ProductSection[] = [
  { id: 'workload', title: 'Workload', load: () => import('./workload/WorkloadSection') },
  { id: 'velocity', title: 'Velocity', load: () => import('./velocity/VelocitySection') },
  { id: 'epics', title: 'Epics', load: () => import('./epics/EpicsSection') },
  { id: 'roadmap', title: 'Roadmap', load: () => import('./roadmap/RoadmapSection') },
  { id: 'risks', title: 'Risk register', load: () => import('./risks/RiskRegisterSection') },
  { id: 'releases', title: 'Releases', load: () => import('./releases/ReleasesSection') },
  { id: 'capacity', title: 'Capacity', load: () => import('./capacity/CapacitySection') },
  { id: 'profile', title: 'Product profile', load: () => import('./profile/ProfileSection') },
];
