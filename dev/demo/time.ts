/**
 * Instants are epoch milliseconds on whole minutes; wall-clock questions (which month, which
 * calendar day) are answered in the site time zone through @date-fns/tz.
 */
import { TZDate } from '@date-fns/tz';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Parses an ISO 8601 instant that carries an offset (`Z`, `+00:00` or `+0000`); null otherwise. */
export function parseInstant(text: string): number | null {
  const m = ISO_INSTANT.exec(text);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((frac ?? '0').padEnd(3, '0')));
  if (zone === undefined || zone === 'Z') return local;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return local - sign * (Number(digits.slice(0, 2)) * HOUR + Number(digits.slice(2)) * MINUTE);
}

/** Jira's instant format, as in the sample fixture: `2026-11-15T06:00:00.000+0000`. */
export function jiraInstant(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `YYYY-MM` of the instant in the zone. */
export function monthKey(ms: number, zone: string): string {
  const d = new TZDate(ms, zone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` of the instant in the zone. */
export function localDate(ms: number, zone: string): string {
  const d = new TZDate(ms, zone);
  return `${monthKey(ms, zone)}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The instant at which the local date `YYYY-MM-DD` ends (next local midnight). */
export function endOfLocalDate(date: string, zone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new TZDate(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1, 0, 0, zone).getTime();
}

/** Local midnights starting a month, strictly after `from` and at or before `to`. */
export function monthStartsBetween(from: number, to: number, zone: string): number[] {
  const first = new TZDate(from, zone);
  const out: number[] = [];
  for (let i = 0; ; i += 1) {
    const start = new TZDate(first.getFullYear(), first.getMonth() + i, 1, 0, 0, zone).getTime();
    if (start > to) return out;
    if (start > from) out.push(start);
  }
}

/** The `count` month keys ending with the month that contains `now`, oldest first. */
export function monthWindow(now: number, zone: string, count: number): string[] {
  const d = new TZDate(now, zone);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const start = new TZDate(d.getFullYear(), d.getMonth() - i, 1, 12, 0, zone);
    out.push(monthKey(start.getTime(), zone));
  }
  return out;
}

/** Rounds down to a whole minute. */
export function floorMinute(ms: number): number {
  return Math.floor(ms / MINUTE) * MINUTE;
}
