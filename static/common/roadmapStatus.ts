import type { RoadmapItemView, RoadmapStatus } from '../../src/shared/records';

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

/** The viewer's current month as `YYYY-MM`: "now" on the roadmap is the reader's month. */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * The target month a new milestone starts with: the current month when the shown year holds it, the
 * year's first month when the year is still ahead, else the current month (never a month gone by).
 */
export function defaultTargetMonth(months: readonly string[], now: string): string {
  const first = months[0];
  if (months.includes(now) || first === undefined) return now;
  return first > now ? first : now;
}

/** Statuses that are final: a milestone with one of them is not overdue, whatever its month. */
const SETTLED = new Set(['delivered', 'missed']);

export function isOverdue(item: Pick<RoadmapItemView, 'targetMonth' | 'status'>, now: string): boolean {
  return item.targetMonth < now && !SETTLED.has(item.status);
}

/** The lozenge of a milestone: its status, or "Overdue" once its month is over and it is not settled. */
export function statusLozenge(
  item: Pick<RoadmapItemView, 'targetMonth' | 'status'>,
  now: string,
): { label: string; appearance: (typeof ROADMAP_STATUS_LOZENGES)[RoadmapItemView['status']] } {
  if (isOverdue(item, now)) return { label: `Overdue (${ROADMAP_STATUS_LABELS[item.status]})`, appearance: 'removed' };
  return { label: ROADMAP_STATUS_LABELS[item.status], appearance: ROADMAP_STATUS_LOZENGES[item.status] };
}
