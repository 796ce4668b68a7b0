import type { RoadmapStatus } from '../../src/shared/records';

/** How a milestone's status reads wherever it shows: the roadmap, the epic panel. */
export const ROADMAP_STATUS_LABELS: Record<RoadmapStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  delivered: 'Delivered',
  'at-risk': 'At risk',
  missed: 'Missed',
};
export const ROADMAP_STATUS_LOZENGES: Record<RoadmapStatus, 'default' | 'inprogress' | 'success' | 'moved' | 'removed'> = {
  planned: 'default',
  'in-progress': 'inprogress',
  delivered: 'success',
  'at-risk': 'moved',
  missed: 'removed',
};
