import type { FieldChange } from './issue';

/**
 * The value a field had at instant `at`, replayed from its changes.
 *
 * Definition (docs/METRICS.md, Velocity): if some change to the field was made after `at`, the value at
 * `at` is the `from` side of the earliest such change; otherwise it is the current value. A change made
 * exactly at `at` counts as made at or before it.
 *
 * Empty input: with no changes, the current value.
 *
 * @example
 * valueAt([{ at: 20, from: '3', fromString: '3' }], 10, '5', (c) => c.fromString) // '3'
 * valueAt([{ at: 20, from: '3', fromString: '3' }], 20, '5', (c) => c.fromString) // '5'
 */
export function valueAt<T>(changes: readonly FieldChange[], at: number, current: T, fromSide: (change: FieldChange) => T): T {
  let earliestAfter: FieldChange | undefined;
  for (const change of changes) {
    if (change.at > at && (earliestAfter === undefined || change.at < earliestAfter.at)) {
      earliestAfter = change;
    }
  }
  return earliestAfter === undefined ? current : fromSide(earliestAfter);
}

/**
 * Sprint ids from a Sprint change's `from`/`to` side: comma-separated ids, empty for none.
 *
 * @example parseSprintIds('102, 103') // [102, 103]
 */
export function parseSprintIds(value: string | null): number[] {
  if (value === null) return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number)
    .filter(Number.isFinite);
}

/**
 * An estimate from an estimate change's `fromString`/`toString`: a number, or null when empty.
 *
 * @example parseEstimate('5') // 5; parseEstimate('') // null
 */
export function parseEstimate(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}
