import type { CapacityForecast, CapacitySprintRow } from '../../../../src/shared/records';
import { formatPointsText } from '../../../common/format';
import { MAX_TEAM_SIZE, maxDays, workingDays } from '../../../../src/shared/capacityBound';

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

/** The bound's one definition is src/shared/capacityBound.ts, which the server checks too; re-exported for this surface's callers. */
export { MAX_TEAM_SIZE, maxDays, workingDays };

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
