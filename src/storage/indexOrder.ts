/**
 * How index range attributes order and match, for the local adapter and the in-memory KVS fake:
 * numbers numerically, strings by code unit (as `YYYY-MM` months and ISO dates sort), and a missing
 * value before any present one.
 */
export function compareIndexValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const textA = indexText(a);
  const textB = indexText(b);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}

/** Strings as they are; other JSON values (numbers beside strings, booleans, null) as JSON writes them. */
function indexText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Whether `value` lies within the inclusive bounds (a missing value never does). */
export function inRange(value: unknown, range: { from: string | number; to: string | number }): boolean {
  return value !== undefined && compareIndexValues(value, range.from) >= 0 && compareIndexValues(value, range.to) <= 0;
}
