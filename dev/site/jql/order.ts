import type { FixtureIssue } from '../fixture';
import type { OrderItem } from './ast';
import { JqlError } from './errors';
import { fieldNamed } from './fields';
import type { JqlContext, SortKey } from './fieldTypes';

/** Jira's limit on ORDER BY. */
export const MAX_ORDER_FIELDS = 7;

type KeyOf = (issue: FixtureIssue) => SortKey;

function sortKeyOf(item: OrderItem, ctx: JqlContext): KeyOf {
  const field = fieldNamed(item.field, ctx);
  if (field.kind === 'date') {
    return (issue) => {
      const value = field.value(issue);
      return value === null ? null : [value];
    };
  }
  const { sortKey } = field;
  if (!sortKey) throw new JqlError(`Field '${item.field}' does not support sorting.`);
  return (issue) => sortKey(issue, ctx);
}

/** Compares two sort keys; an empty value sorts after every value. */
function compareKeys(a: SortKey, b: SortKey): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const [x, y] = [a[index], b[index]];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}

function byId(a: FixtureIssue, b: FixtureIssue): number {
  return Number(a.id) - Number(b.id);
}

/**
 * The comparator of an ORDER BY clause; with no clause, `id ASC`. Ties fall back to id ascending so
 * pages are stable from one request to the next.
 */
export function comparatorFor(orderBy: readonly OrderItem[], ctx: JqlContext): (a: FixtureIssue, b: FixtureIssue) => number {
  if (orderBy.length > MAX_ORDER_FIELDS) {
    throw new JqlError(`The ORDER BY clause can contain at most ${MAX_ORDER_FIELDS} fields.`);
  }
  const keys = orderBy.map((item) => ({ keyOf: sortKeyOf(item, ctx), sign: item.direction === 'DESC' ? -1 : 1 }));
  return (a, b) => {
    for (const { keyOf, sign } of keys) {
      const order = compareKeys(keyOf(a), keyOf(b));
      if (order !== 0) return order * sign;
    }
    return byId(a, b);
  };
}
