import type { FixtureChangeItem, FixtureField, FixtureIssue } from '../fixture';
import { parseInstant } from '../time';

/**
 * A field's value at any instant, replayed from an issue's changelog (METRICS.md): the value at t is the
 * `from` side of the earliest change made after t, else the current value. A change made exactly at t is
 * already in effect at t.
 */

/** A field as change items name it: by id, or by name alone in histories migrated from Jira Server. */
export interface FieldRef {
  id: string;
  name: string;
}

export interface Change<T> {
  at: number;
  from: T;
  to: T;
}

export interface Track<T> {
  current: T;
  /** Oldest first; changes made at the same instant keep their changelog order. */
  changes: readonly Change<T>[];
}

/** A field by id, named as the site's field list names it; a field the list lacks (status) is named by its id. */
export function siteFieldRef(fields: readonly FixtureField[], id: string, fallbackName = id): FieldRef {
  return { id, name: fields.find((field) => field.id === id)?.name ?? fallbackName };
}

/**
 * An item without `fieldId` belongs to the field whose name it carries in `field`. Jira writes system
 * fields' names as their ids there (`status`, `summary`) while its field list says `Status`, so the id
 * counts as a name too.
 */
export function belongsTo(item: FixtureChangeItem, field: FieldRef): boolean {
  return item.fieldId === undefined ? item.field === field.name || item.field === field.id : item.fieldId === field.id;
}

export function trackOf<T>(issue: FixtureIssue, field: FieldRef, current: T, read: (value: string | null) => T, side: 'id' | 'string'): Track<T> {
  const changes = issue.changelog.flatMap((history) => {
    const at = parseInstant(history.created);
    if (at === null) return [];
    return history.items
      .filter((item) => belongsTo(item, field))
      .map((item) => (side === 'id' ? { at, from: read(item.from), to: read(item.to) } : { at, from: read(item.fromString), to: read(item.toString) }));
  });
  return { current, changes: changes.sort((a, b) => a.at - b.at) };
}

export function valueAt<T>(track: Track<T>, instant: number): T {
  const next = track.changes.find((change) => change.at > instant);
  return next === undefined ? track.current : next.from;
}

/** Sprint items carry comma-separated sprint ids. */
export function sprintIds(text: string | null): number[] {
  return (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
}

/** Estimates are read from the strings; empty or unparsable counts 0. */
export function estimateOf(text: string | null): number {
  const trimmed = (text ?? '').trim();
  const value = trimmed === '' ? 0 : Number(trimmed);
  return Number.isFinite(value) ? value : 0;
}

/** An issue's estimate field now: a number, or (as some sites store it) a numeric string; anything else counts 0. */
export function currentEstimate(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  return typeof value === 'string' ? estimateOf(value) : 0;
}
