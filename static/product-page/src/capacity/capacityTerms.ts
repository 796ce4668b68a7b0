import type { CapacityForecast, CapacitySprintRow } from '../../../../src/shared/records';
import { formatPointsText } from '../../../common/format';

export const SPRINT_STATE_LOZENGES: Record<CapacitySprintRow['state'], { label: string; appearance: 'default' | 'inprogress' | 'new' }> = {
  closed: { label: 'Closed', appearance: 'default' },
  active: { label: 'Active', appearance: 'inprogress' },
  future: { label: 'Future', appearance: 'new' },
};

/** Person-days keep one decimal at most, as people enter them (half days). */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return '—';
  return Number.isInteger(days) ? String(days) : days.toFixed(1);
}

/** Points per available person-day: two decimals, since they are usually below 2. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : rate.toFixed(2);
}

/**
 * The most people a sprint's capacity may count: a Scrum team has 10 or fewer (Scrum Guide), and a
 * value above 10 people × the sprint's working days is a typo (4,038.5 for 40 days, say), not a team.
 */
export const MAX_TEAM_SIZE = 10;
/** Working days of a sprint without dates: two weeks. */
const DEFAULT_WORKING_DAYS = 10;

/** Weekdays from the sprint's start to its end (both counted), or two weeks' worth without dates. */
export function workingDays(row: Pick<CapacitySprintRow, 'startDate' | 'endDate'>): number {
  const start = row.startDate ? Date.parse(row.startDate.slice(0, 10)) : NaN;
  const end = row.endDate ? Date.parse(row.endDate.slice(0, 10)) : NaN;
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return DEFAULT_WORKING_DAYS;
  let days = 0;
  for (let time = start; time <= end; time += 86_400_000) {
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days += 1;
  }
  return Math.max(days, 1);
}

/** The most person-days a sprint can have: `MAX_TEAM_SIZE` people on each of its working days. */
export function maxDays(row: Pick<CapacitySprintRow, 'startDate' | 'endDate'>): number {
  return MAX_TEAM_SIZE * workingDays(row);
}

/** A number of person-days as people type it: `38.5` or, with a decimal comma, `38,5`. */
function numberOf(text: string): number {
  return /^\d+,\d+$/.test(text) ? Number(text.replace(',', '.')) : Number(text);
}

/** The server's check (a non-negative number), and at most `max` person-days (see `MAX_TEAM_SIZE`). */
export function parseDays(text: string, max: number = Number.POSITIVE_INFINITY): { days: number } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Enter the available person-days' };
  const days = numberOf(trimmed);
  if (!Number.isFinite(days) || days < 0) return { error: `'${trimmed}' is not a number of person-days (0 or more)` };
  if (days > max) {
    return {
      error: `${formatDays(days)} person-days is more than ${MAX_TEAM_SIZE} people can work in this sprint (${formatDays(max)} at most); check the value`,
    };
  }
  return { days };
}

/** The sentence under the forecast: how it was computed, or what is missing to compute it. */
export function explainForecast(forecast: CapacityForecast): string {
  const rateText = `${formatRate(forecast.pointsPerDay)} points per available person-day`;
  const source = 'Σ completed points ÷ Σ available person-days over the last 3 closed sprints with a recorded capacity';
  if (forecast.pointsPerDay === null) {
    return `No closed sprint has a recorded capacity yet, so there is no rate to forecast with. Enter the available person-days of recent closed sprints below; the forecast uses ${source}.`;
  }
  if (forecast.availableDays === null) {
    return `The team completes ${rateText} (${source}). Enter the available person-days of ${forecast.sprintName} below to forecast it.`;
  }
  return `The team completes ${rateText} (${source}); ${forecast.sprintName} has ${formatDays(forecast.availableDays)} person-days available, so ${formatRate(forecast.pointsPerDay)} × ${formatDays(forecast.availableDays)} ≈ ${formatPointsText(forecast.points === null ? null : Math.round(forecast.points * 10) / 10)}.`;
}
