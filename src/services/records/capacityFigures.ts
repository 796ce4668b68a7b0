import type { CapacityForecast, CapacitySprintRow, SprintCapacity } from '../../shared/records';

/** A sprint of the board with, when closed, its completed points (docs/METRICS.md, Velocity). */
export interface BoardSprint {
  id: number;
  name: string;
  state: 'closed' | 'active' | 'future';
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  completedPoints: number | null;
}

/** Closed sprints by completion, then the active one, then future ones by start (undated last), then id. */
export function sprintOrder(a: BoardSprint, b: BoardSprint): number {
  const rank = { closed: 0, active: 1, future: 2 };
  if (a.state !== b.state) return rank[a.state] - rank[b.state];
  const dateA = (a.state === 'closed' ? a.completeDate : a.startDate) ?? '\uffff';
  const dateB = (b.state === 'closed' ? b.completeDate : b.startDate) ?? '\uffff';
  return Date.parse(dateA) - Date.parse(dateB) || dateA.localeCompare(dateB) || a.id - b.id;
}

/**
 * One row per sprint, in `sprintOrder`: its stored capacity; the nearest earlier sprint's available days
 * as the default to offer; for closed sprints, completed points and points per available day (none
 * without a positive capacity).
 *
 * Empty input: no rows.
 * @example capacityRows([{ id: 1, state: 'closed', completedPoints: 20, … }], [{ sprintId: 1, availableDays: 40, … }])[0].pointsPerDay // 0.5
 */
export function capacityRows(sprints: readonly BoardSprint[], capacities: readonly SprintCapacity[]): CapacitySprintRow[] {
  const bySprint = new Map(capacities.map((capacity) => [capacity.sprintId, capacity]));
  let previousDays: number | null = null;
  return [...sprints].sort(sprintOrder).map((sprint) => {
    const capacity = bySprint.get(sprint.id) ?? null;
    const days = capacity?.availableDays ?? null;
    const closed = sprint.state === 'closed';
    const row: CapacitySprintRow = {
      sprintId: sprint.id,
      name: sprint.name,
      state: sprint.state,
      startDate: sprint.startDate,
      endDate: sprint.endDate,
      completeDate: sprint.completeDate,
      capacity,
      defaultDays: previousDays,
      completedPoints: closed ? sprint.completedPoints : null,
      pointsPerDay: closed && sprint.completedPoints !== null && days !== null && days > 0 ? sprint.completedPoints / days : null,
    };
    if (days !== null) previousDays = days;
    return row;
  });
}

/**
 * Rolling points per available day: Σ completed / Σ available days over the last 3 closed sprints that
 * have a positive capacity (a ratio of sums, so a short sprint does not weigh as much as a long one).
 *
 * Empty input: null when no closed sprint has a capacity.
 */
export function rollingPointsPerDay(rows: readonly CapacitySprintRow[]): number | null {
  const measured = rows.filter((row) => row.state === 'closed' && row.pointsPerDay !== null).slice(-3);
  const days = measured.reduce((sum, row) => sum + (row.capacity?.availableDays ?? 0), 0);
  const points = measured.reduce((sum, row) => sum + (row.completedPoints ?? 0), 0);
  return days > 0 ? points / days : null;
}

/**
 * The forecast for the next sprint (the first future one, else the active one): rolling points per
 * day × its available days; unknown parts are null. Null when the board has no open sprint.
 */
export function capacityForecast(rows: readonly CapacitySprintRow[]): CapacityForecast | null {
  const next = rows.find((row) => row.state === 'future') ?? rows.find((row) => row.state === 'active');
  if (next === undefined) return null;
  const pointsPerDay = rollingPointsPerDay(rows);
  const availableDays = next.capacity?.availableDays ?? null;
  return {
    sprintId: next.sprintId,
    sprintName: next.name,
    availableDays,
    pointsPerDay,
    points: pointsPerDay === null || availableDays === null ? null : pointsPerDay * availableDays,
  };
}
