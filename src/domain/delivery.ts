import { tz } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import type { DeliveryFigures } from '../shared/figures';
import { STANDARD_LEVEL } from './issue';
import { median } from './stats';
import type { ClassifiedIssue } from './workload';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A new defect within this many days after a release counts against it (docs/METRICS.md). */
const FAILURE_DAYS = 14;

/** A version of the project as delivery metrics read it; `releaseDate` is a calendar date (`YYYY-MM-DD`). */
export interface ReleaseVersion {
  id: string;
  name: string;
  released: boolean;
  releaseDate: string | null;
}

export interface DeliveryIssue extends ClassifiedIssue {
  created: string;
  fixVersionIds: readonly string[];
}

/** Whole days from calendar date `from` to `to` (both `YYYY-MM-DD`). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function dateIn(instant: string, timeZone: string): string {
  return format(parseISO(instant), 'yyyy-MM-dd', { in: tz(timeZone) });
}

/** Lead time of each issue resolved with a release of the window: days to its earliest one (0 if resolved after). */
function leadTimes(issues: readonly DeliveryIssue[], releaseDateOf: ReadonlyMap<string, string>, timeZone: string): number[] {
  const days: number[] = [];
  for (const entry of issues) {
    const resolved = entry.issue.resolutionDate;
    const dates = entry.fixVersionIds.flatMap((id) => releaseDateOf.get(id) ?? []).sort();
    if (resolved === null || dates[0] === undefined) continue;
    days.push(Math.max(0, daysBetween(dateIn(resolved, timeZone), dates[0])));
  }
  return days;
}

/** The defects created on day +1 to +14 after each release, by release. */
function defectsAfter(releaseDates: readonly string[], defects: readonly DeliveryIssue[], timeZone: string): DeliveryIssue[][] {
  const createdOn = defects.map((entry) => ({ entry, date: dateIn(entry.created, timeZone) }));
  return releaseDates.map((release) =>
    createdOn.filter(({ date }) => daysBetween(release, date) >= 1 && daysBetween(release, date) <= FAILURE_DAYS).map(({ entry }) => entry),
  );
}

/**
 * Delivery metrics, Jira-based proxies of the DORA keys (docs/METRICS.md, Delivery metrics), over the
 * window `months`: released versions per month and per month on average; lead time for changes (median
 * whole days from an issue's resolution date to its earliest release of the window); change failure
 * rate (share of releases followed within 14 days by a new defect); time to restore (median days from
 * created to resolved of those defects). Dates are calendar dates in the site's zone.
 *
 * Empty input: no release gives zero counts, frequency 0 and every median and rate null.
 *
 * @example deliveryMetrics([], [{ id: '1', released: true, releaseDate: '2026-11-02' }], ['2026-11'], 'UTC').releaseFrequency // 1
 */
export function deliveryMetrics(
  issues: readonly DeliveryIssue[],
  versions: readonly ReleaseVersion[],
  months: readonly string[],
  timeZone: string,
): DeliveryFigures {
  const inWindow = versions.filter((version) => version.released && version.releaseDate !== null && months.includes(version.releaseDate.slice(0, 7)));
  const releaseDateOf = new Map(inWindow.map((version) => [version.id, version.releaseDate ?? '']));
  const releaseDates = [...releaseDateOf.values()];
  const standard = issues.filter((entry) => entry.issue.hierarchyLevel === STANDARD_LEVEL);
  const following = defectsAfter(
    releaseDates,
    standard.filter((entry) => entry.workType === 'defect'),
    timeZone,
  );
  const restored = [...new Set(following.flat())].filter((entry) => entry.issue.resolutionDate !== null);
  return {
    releases: months.map((month) => ({ month, count: releaseDates.filter((date) => date.startsWith(month)).length })),
    releaseFrequency: months.length === 0 ? 0 : releaseDates.length / months.length,
    leadTimeMedianDays: median(leadTimes(standard, releaseDateOf, timeZone)),
    changeFailureRate: releaseDates.length === 0 ? null : following.filter((defects) => defects.length > 0).length / releaseDates.length,
    timeToRestoreMedianDays: median(restored.map((entry) => (Date.parse(entry.issue.resolutionDate ?? '') - Date.parse(entry.created)) / DAY_MS)),
  };
}
