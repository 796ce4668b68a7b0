/**
 * Instants as Jira writes them (`2026-01-31T09:00:00.000+0000`) and as ISO 8601 does (`…Z`, `…+00:00`).
 * `Date.parse` alone is too lenient (it accepts `2026-01-31` as midnight UTC), so the shape is checked first.
 */
const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})$/;

/** Epoch milliseconds of an instant string, or null when it is not one. */
export function parseInstant(text: string): number | null {
  const match = INSTANT.exec(text);
  if (!match) return null;
  const [, local = '', zone = ''] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const ms = Date.parse(`${local}${offset}`);
  return Number.isNaN(ms) ? null : ms;
}

export function isInstant(text: string): boolean {
  return parseInstant(text) !== null;
}

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether an IANA time zone name is known to this runtime. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** An instant as Jira writes it, in UTC: `2026-01-31T09:00:00.000+0000`. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}
