import { TZDate } from '@date-fns/tz';
import { parseInstant } from '../time';
import { JqlError } from './errors';

const LOCAL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;

/**
 * The instant a JQL date literal names: `yyyy-MM-dd`, `yyyy/MM/dd`, optionally with ` HH:mm`, read in
 * the requesting user's time zone (as Jira does), or an ISO 8601 instant with its own offset.
 */
export function parseJqlDate(text: string, timeZone: string, written: string): number {
  const match = LOCAL.exec(text.trim());
  if (match) {
    const [year, month, day, hour, minute] = match.slice(1).map((part: string | undefined) => (part === undefined ? 0 : Number(part)));
    if (isValidLocal(year ?? 0, month ?? 0, day ?? 0, hour ?? 0, minute ?? 0)) {
      return new TZDate(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, timeZone).getTime();
    }
  }
  const instant = parseInstant(text.trim());
  if (instant !== null) return instant;
  throw new JqlError(
    `Date value '${text}' for field '${written}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd'.`,
  );
}

function isValidLocal(year: number, month: number, day: number, hour: number, minute: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  const dayExists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return dayExists && hour < 24 && minute < 60;
}
