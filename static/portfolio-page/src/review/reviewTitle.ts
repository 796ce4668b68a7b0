import type { PortfolioSnapshotOverview } from '../../../../src/shared/api';
import { dayInZone, formatDate, formatMonth, monthToDate } from '../../../common/format';

/**
 * Whether the quarter under review is still under way: its last month holds the newest snapshot's
 * instant (in the site's zone), so its figures are to date, not the quarter's. From the overview's
 * own clock, not the viewer's: a pre-read printed on the 30th still says what it covers.
 */
export function isQuarterToDate(overview: Pick<PortfolioSnapshotOverview, 'months' | 'site'>): boolean {
  const last = overview.months[overview.months.length - 1];
  if (last === undefined || overview.site === null) return false;
  return monthToDate([last], overview.site.now, overview.site.timeZone) === last;
}

/** `Oct 2026 – Dec 2026`, the quarter under review; `Oct 2026 – Dec 2026 to date` while it is under way. */
export function quarterName(overview: PortfolioSnapshotOverview): string {
  const first = overview.months[0];
  const last = overview.months[overview.months.length - 1];
  if (!first || !last) return 'the last quarter';
  return `${formatMonth(first)} – ${formatMonth(last)}${isQuarterToDate(overview) ? ' to date' : ''}`;
}

/** The month the review is held in: the quarter's last month, the one "now" falls in. */
export function reviewMonth(overview: PortfolioSnapshotOverview): string | null {
  return overview.months[overview.months.length - 1] ?? null;
}

/** The exported table's title: what, which quarter, as of when (a date, since "today" goes stale in a pre-read). */
export function exportTitle(overview: PortfolioSnapshotOverview, onlyExceptions: boolean): string {
  const asOf = overview.site?.now;
  const when = asOf ? `, figures as of ${formatDate(asOf)}` : '';
  return `Portfolio review, ${quarterName(overview)}${when}${onlyExceptions ? ' (products with signals only)' : ''}`;
}

/** Today's date (`YYYY-MM-DD`) in the site's time zone, which due dates are compared with; an unknown zone reads as the viewer's. */
export function siteToday(overview: PortfolioSnapshotOverview, now: Date = new Date()): string {
  return dayInZone(now, overview.site?.timeZone);
}
