import type { PortfolioSnapshotOverview } from '../../../../src/shared/api';
import { formatDate, formatMonth } from '../../../common/format';

/** `Oct 2026 – Dec 2026`: the quarter under review. */
export function quarterName(overview: PortfolioSnapshotOverview): string {
  const first = overview.months[0];
  const last = overview.months[overview.months.length - 1];
  return first && last ? `${formatMonth(first)} – ${formatMonth(last)}` : 'the last quarter';
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

/** Today's date (`YYYY-MM-DD`) in the site's time zone, which due dates are compared with. */
export function siteToday(overview: PortfolioSnapshotOverview, now: Date = new Date()): string {
  const timeZone = overview.site?.timeZone;
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    // An unknown zone name: the viewer's own day is the nearest there is.
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  }
}
