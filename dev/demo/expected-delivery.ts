/**
 * The oracle's delivery metrics (METRICS.md, Delivery metrics), from the simulation's state: the
 * project's versions and when they were released, the fix version each issue was filed under, and
 * when each issue was created and resolved. Calendar dates are the site time zone's.
 */
import type { DeliveryJson } from './expected-types';
import { medianOf, type ReviewIssue } from './expected-flow';
import type { VersionJson } from './fixture-types';
import { DAY } from './time';

/** A new defect created on day +1 to day +14 after a release counts against that release. */
const FAILURE_DAYS = 14;

/** What delivery metrics need of the site: the window's months and the calendar date of an instant. */
export interface DeliveryBasis {
  months: readonly string[];
  dateOf: (ms: number) => string;
}

/** Days from calendar date `from` to `to` (`YYYY-MM-DD`): a whole number whatever the zone's offsets. */
function daysFrom(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;
}

/** Whole days from each issue's resolution date to its fix version's release, 0 when resolved after it. */
function leadTimes(issues: readonly ReviewIssue[], released: ReadonlyMap<string, string>, basis: DeliveryBasis): number[] {
  return issues.flatMap(({ issue }) => {
    const releaseDate = issue.fixVersionId === null ? undefined : released.get(issue.fixVersionId);
    if (issue.resolvedAt === null || releaseDate === undefined) return [];
    return [Math.max(0, daysFrom(basis.dateOf(issue.resolvedAt), releaseDate))];
  });
}

/** For each release date, the defects created on day +1 to +14 after it. */
function defectsAfter(issues: readonly ReviewIssue[], releaseDates: readonly string[], basis: DeliveryBasis): ReviewIssue[][] {
  const defects = issues.filter((entry) => entry.bucket === 'defect');
  return releaseDates.map((date) =>
    defects.filter(({ issue }) => {
      const days = daysFrom(date, basis.dateOf(issue.created));
      return days >= 1 && days <= FAILURE_DAYS;
    }),
  );
}

/**
 * Delivery metrics of `issues` (the project's standard issues the viewer may see) and the project's
 * `versions` over the window: releases per month and on average, lead time for changes, change
 * failure rate and time to restore.
 */
export function deliveryFigures(issues: readonly ReviewIssue[], versions: readonly VersionJson[], basis: DeliveryBasis): DeliveryJson {
  const inWindow = versions.filter((version) => version.released && basis.months.includes(version.releaseDate.slice(0, 7)));
  const releaseDates = inWindow.map((version) => version.releaseDate);
  const followed = defectsAfter(issues, releaseDates, basis);
  const restored = [...new Set(followed.flat())].flatMap(({ issue }) => (issue.resolvedAt === null ? [] : [(issue.resolvedAt - issue.created) / DAY]));
  return {
    releases: basis.months.map((month) => ({ month, count: releaseDates.filter((date) => date.startsWith(`${month}-`)).length })),
    releaseFrequency: releaseDates.length / basis.months.length,
    leadTimeMedianDays: medianOf(leadTimes(issues, new Map(inWindow.map((version) => [version.id, version.releaseDate])), basis)),
    changeFailureRate: releaseDates.length === 0 ? null : followed.filter((defects) => defects.length > 0).length / releaseDates.length,
    timeToRestoreMedianDays: medianOf(restored),
  };
}
