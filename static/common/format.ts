/**
 * How figures are written on screen. One place, so a chart's label, its table and its aria text agree.
 */
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03` → `Mar 2026`; anything else is shown as given. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1] ?? ''}` : month;
}

const FULL_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-10` → `October`, as in "26 at end of October"; anything else is shown as given. */
export function formatMonthName(month: string): string {
  const match = /^\d{4}-(\d{2})$/.exec(month);
  return (match && FULL_MONTH_NAMES[Number(match[1]) - 1]) ?? month;
}

/** The month before a `YYYY-MM` month. @example previousMonth('2026-01') // '2025-12' */
export function previousMonth(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return number === 1 ? `${String(year - 1).padStart(4, '0')}-12` : `${String(year).padStart(4, '0')}-${String(number - 1).padStart(2, '0')}`;
}

/**
 * `YYYY-MM-DD` of `date` in `timeZone` (the site's: days and months are the site's, not the viewer's);
 * in `fallbackZone` when the zone's name is unknown (undefined: the viewer's own).
 * @example dayInZone(new Date('2026-12-01T03:00:00Z'), 'America/Toronto') // '2026-11-30'
 */
export function dayInZone(date: Date, timeZone: string | undefined, fallbackZone?: string): string {
  const format = (zone: string | undefined) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  try {
    return format(timeZone);
  } catch {
    return format(fallbackZone);
  }
}

/**
 * The `YYYY-MM` month an instant falls in, in `timeZone` (the site's: months are the site's, not the
 * viewer's); an unknown zone reads as UTC and a bad instant as null.
 * @example monthOfInstant('2026-12-01T03:00:00Z', 'America/Toronto') // '2026-11'
 */
export function monthOfInstant(instant: string, timeZone: string): string | null {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : dayInZone(date, timeZone, 'UTC').slice(0, 7);
}

/**
 * The month of `months` still under way when the figures were taken (`asOf`, in the site's zone):
 * its figures cover only part of it. Null when every month listed is over.
 * @example monthToDate(['2026-10', '2026-11'], '2026-11-15T12:00:00Z', 'UTC') // '2026-11'
 */
export function monthToDate(months: readonly string[], asOf: string, timeZone: string): string | null {
  const current = monthOfInstant(asOf, timeZone);
  return current !== null && months.includes(current) ? current : null;
}

/** `Nov 2026 (to date)` for the month under way, else `Nov 2026`. */
export function formatMonthToDate(month: string, toDate: boolean): string {
  return toDate ? `${formatMonth(month)} (to date)` : formatMonth(month);
}

/** A duration in days with one decimal below 10 and whole days from 10: `2.8 d`, `42 d`; none is an em dash. */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined) return '—';
  return days < 10 ? `${days.toFixed(1)} d` : `${Math.round(days)} d`;
}

/** `2026-03` → `Mar` with the year only on January (and on the first column), for dense axes. */
export function formatMonthTick(month: string, isFirst: boolean): string {
  const full = formatMonth(month);
  return isFirst || month.endsWith('-01') ? full : full.slice(0, 3);
}

/** A share in [0, 1] as a whole percentage; a missing share (a month with no work) is an em dash. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

/** Story points: whole numbers stay whole, fractions keep one decimal. */
export function formatPoints(points: number | null | undefined): string {
  if (points === null || points === undefined) return '—';
  return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

/** A ratio such as say/do as a percentage; none when nothing was committed. */
export function formatRatio(ratio: number | null | undefined): string {
  return formatShare(ratio);
}

/** An ISO instant as a date in the viewer's locale (sprint ends). */
export function formatDate(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** Change between two figures, signed, as a percentage of the earlier one; null without both. */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

/** `+12%` / `−8%` / `±0%`. */
export function formatChange(change: number): string {
  const percent = Math.round(change * 100);
  if (percent === 0) return '±0%';
  return percent > 0 ? `+${percent}%` : `−${Math.abs(percent)}%`;
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * When stored figures were taken, in the viewer's time zone: `14:02 today`, `09:00 yesterday`,
 * `1 Dec, 09:00`, or `1 Dec 2025, 09:00` in another year.
 */
export function formatAsOf(instant: string, now: Date = new Date()): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const time = date.toLocaleTimeString('en-GB', CLOCK);
  if (sameDay(date, now)) return `${time} today`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(date, yesterday)) return `${time} yesterday`;
  const year = date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' as const };
  return `${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...year })}, ${time}`;
}

/** Hours from `instant` to `now`; null when `instant` is not a date. */
export function hoursSince(instant: string, now: Date = new Date()): number | null {
  const taken = new Date(instant).getTime();
  return Number.isNaN(taken) ? null : (now.getTime() - taken) / 3_600_000;
}

/** Figures older than this get a warning: a daily refresh has been missed at least once. */
export const STALE_AFTER_HOURS = 36;

export function isStale(asOf: string, now: Date = new Date()): boolean {
  const hours = hoursSince(asOf, now);
  return hours !== null && hours > STALE_AFTER_HOURS;
}

/** `1 point`, `2.5 points`, `0 points`; a missing figure is an em dash, without a unit to agree with. */
export function formatPointsText(points: number | null | undefined): string {
  if (points === null || points === undefined) return '—';
  return `${formatPoints(points)} ${points === 1 ? 'point' : 'points'}`;
}

/** `1 issue`, `3 issues`: a count with its noun in the number it needs. */
export function formatCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

// A figure as this file writes it: a signed number with an optional unit (`12`, `2.5 pts`, `40%`,
// `2.8 d`, `−8%`), optionally followed by a share in brackets (`12 (40%)`), or an em dash for none.
const FIGURE_TEXT = /^(?:[−+±-]?\d[\d,.]*(?:\s?(?:%|d|pts?|points?|issues?|person-days))?(?:\s\(\d+%\))?|—)$/;

/**
 * Whether a table cell's text is a figure, so its column is right-aligned and reads down evenly.
 * @example isFigureText('12 (40%)') // true; isFigureText('Feature') // false
 */
export function isFigureText(text: string): boolean {
  return FIGURE_TEXT.test(text.trim());
}

/** A table's columns and rows as far as finding its figure columns goes (DynamicTable's shape). */
export interface TableShape {
  head: readonly { key?: string | number; isSortable?: boolean }[];
  rows: readonly { cells: readonly { content?: unknown }[] }[];
}

/**
 * The keys of the columns whose every cell is a figure written as text (`12`, `2.5 pts`, `40%`, `—`),
 * at least one of them not a dash. Cells holding components (links, lozenges, inputs) keep their
 * column as it is, and so do sortable ones: DynamicTable draws their header as a button sized to its
 * text that cannot be moved right, and a header over the other side of its figures reads worse.
 * @example figureColumns({ head: [{ key: 'month' }, { key: 'total' }], rows: [{ cells: [{ content: 'Nov 2026' }, { content: '12' }] }] }) // Set {'total'}
 */
export function figureColumns({ head, rows }: TableShape): Set<string> {
  const textOf = (content: unknown) => (typeof content === 'string' || typeof content === 'number' ? String(content) : null);
  return new Set(
    head.flatMap((cell, index) => {
      if (cell.isSortable === true) return [];
      const texts = rows.map((row) => textOf(row.cells[index]?.content));
      const figures = texts.length > 0 && texts.every((text) => text !== null && isFigureText(text)) && texts.some((text) => text !== '—');
      return figures ? [String(cell.key ?? index)] : [];
    }),
  );
}
