import { tz } from '@date-fns/tz';
import { addMonths, format, parseISO } from 'date-fns';

/**
 * The calendar month (`YYYY-MM`) an instant falls in, in the given IANA time zone.
 *
 * Definition (docs/METRICS.md): month buckets use the report time zone, the site's.
 *
 * @example monthOf('2026-03-01T03:30:00.000+0000', 'America/Toronto') // '2026-02'
 */
export function monthOf(instant: string, timeZone: string): string {
  return format(parseISO(instant), 'yyyy-MM', { in: tz(timeZone) });
}

/**
 * The last `count` calendar months ending with the month that contains `now`, oldest first.
 *
 * Empty input: a count of 0 gives no months.
 *
 * @example monthWindow('2026-11-15T06:00:00.000+0000', 'America/Toronto', 3) // ['2026-09', '2026-10', '2026-11']
 */
export function monthWindow(now: string, timeZone: string, count: number): string[] {
  const inZone = tz(timeZone);
  const nowMonthStart = parseISO(`${monthOf(now, timeZone)}-01T00:00:00`, { in: inZone });
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    months.push(format(addMonths(nowMonthStart, -back, { in: inZone }), 'yyyy-MM', { in: inZone }));
  }
  return months;
}

/**
 * A fast lookup of the month (of `months`, in `timeZone`) an instant falls in, for bucketing many
 * issues: the zone is consulted once per month boundary instead of once per issue.
 *
 * Empty input: with no months, every instant is outside (undefined).
 *
 * @example monthLocator(['2026-02', '2026-03'], 'America/Toronto')('2026-03-01T03:00:00.000+0000') // '2026-02'
 */
export function monthLocator(months: readonly string[], timeZone: string): (instant: string) => string | undefined {
  const inZone = tz(timeZone);
  const starts = months.map((month) => parseISO(`${month}-01T00:00:00`, { in: inZone }).getTime());
  const last = months[months.length - 1];
  const end = last === undefined ? -Infinity : addMonths(parseISO(`${last}-01T00:00:00`, { in: inZone }), 1, { in: inZone }).getTime();
  return (instant) => {
    const at = parseISO(instant).getTime();
    if (!(at < end)) return undefined;
    for (let index = starts.length - 1; index >= 0; index -= 1) {
      if (at >= (starts[index] ?? Infinity)) return months[index];
    }
    return undefined;
  };
}
