/**
 * The most person-days a sprint's capacity may hold (README, Capacity): the one definition, read by
 * the `capacity/save` service, which refuses more, and by the Product tab's editor, which says so
 * before saving. It lives in src/shared rather than src/domain because the browser bundle may import
 * only src/shared, and src/shared imports nothing else.
 */

/**
 * The most people a sprint's capacity may count: a Scrum team has 10 or fewer (Scrum Guide), and a
 * value above 10 people × the sprint's working days is a typo (4,038.5 for 40 days, say), not a team.
 */
export const MAX_TEAM_SIZE = 10;

/** Working days of a sprint without dates: two weeks. */
const DEFAULT_WORKING_DAYS = 10;

const DAY_MS = 86_400_000;

/** A sprint's planned dates as Jira gives them (ISO 8601, with their offset); either may be missing. */
export interface SprintDates {
  startDate?: string;
  endDate?: string;
}

/**
 * A sprint's working days. Definition: the weekdays (Monday to Friday) from the calendar day of its
 * start to that of its end, both counted, each date as written in Jira's timestamp. Source: the
 * sprint's `startDate` and `endDate` (GET /rest/agile/1.0/board/{id}/sprint). Empty input: a sprint
 * without both dates, or ending before it starts, counts as two weeks (10); a sprint within one
 * weekend counts 1, so its bound is never 0.
 *
 * @example workingDays({ startDate: '2026-02-13T09:25:00.000+0000', endDate: '2026-02-27T09:25:00.000+0000' }) // 11
 */
export function workingDays(sprint: SprintDates): number {
  const start = sprint.startDate ? Date.parse(sprint.startDate.slice(0, 10)) : NaN;
  const end = sprint.endDate ? Date.parse(sprint.endDate.slice(0, 10)) : NaN;
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return DEFAULT_WORKING_DAYS;
  let days = 0;
  for (let time = start; time <= end; time += DAY_MS) {
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days += 1;
  }
  return Math.max(days, 1);
}

/**
 * The most available person-days a sprint can have. Definition: `MAX_TEAM_SIZE` people on each of
 * its working days (`workingDays`). Source: the sprint's dates. Empty input: a sprint without dates
 * gives 100 (10 people × two weeks).
 *
 * @example maxDays({ startDate: '2026-02-13T09:25:00.000+0000', endDate: '2026-02-27T09:25:00.000+0000' }) // 110
 */
export function maxDays(sprint: SprintDates): number {
  return MAX_TEAM_SIZE * workingDays(sprint);
}
