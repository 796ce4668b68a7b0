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

function isRoadmapStatus(status: string): status is RoadmapStatus {
  return Object.hasOwn(ROADMAP_STATUS_LABELS, status);
}

/** A status that arrives as text (the portfolio's next milestone): its label, or the text itself when unknown. */
export function roadmapStatusLabel(status: string): string {
  return isRoadmapStatus(status) ? ROADMAP_STATUS_LABELS[status] : status;
}

export function roadmapStatusLozenge(status: string): (typeof ROADMAP_STATUS_LOZENGES)[RoadmapStatus] {
  return isRoadmapStatus(status) ? ROADMAP_STATUS_LOZENGES[status] : 'default';
}
