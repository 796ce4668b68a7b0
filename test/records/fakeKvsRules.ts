import type { AttributeType, EntityDefinition } from '../../src/storage/entities';
import { compareIndexValues } from '../../src/storage/indexOrder';

/** Forge's documented value rules and filter conditions, for the in-memory KVS fake. */
const INT32 = { min: -2_147_483_648, max: 2_147_483_647 };
const MAX_VALUE_BYTES = 240 * 1024;

function typeError(type: AttributeType, value: unknown): string | null {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? null : 'expected a string';
    case 'integer':
      return Number.isInteger(value) && typeof value === 'number' && value >= INT32.min && value <= INT32.max ? null : 'expected a 32-bit integer';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'expected a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'expected a boolean';
    case 'any':
      return null;
  }
}

/** Why Forge would refuse `value` for the entity, or null. */
export function valueError(definition: EntityDefinition, value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a custom entity value is an object';
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const type = definition.attributes[attribute];
    if (type === undefined) return `attribute '${attribute}' is not declared`;
    const problem = typeError(type, attributeValue);
    if (problem !== null) return `attribute '${attribute}': ${problem}`;
  }
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  return bytes > MAX_VALUE_BYTES ? `value is ${bytes} bytes, over the 240 KiB limit` : null;
}

export interface Clause {
  property: string;
  condition: string;
  values: readonly unknown[];
}

/**
 * Whether a filter clause holds on a stored item. On a missing item, or a missing attribute, only
 * `NOT_EXISTS` holds: there is nothing to compare.
 */
export function clauseHolds(clause: Clause, stored: Readonly<Record<string, unknown>> | undefined): boolean {
  const actual = stored?.[clause.property];
  if (clause.condition === 'NOT_EXISTS') return actual === undefined;
  if (actual === undefined) return false;
  const [first, second] = clause.values;
  const compared = compareIndexValues(actual, first);
  switch (clause.condition) {
    case 'EXISTS':
      return true;
    case 'EQUAL_TO':
      return actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'GREATER_THAN':
      return compared > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return compared >= 0;
    case 'LESS_THAN':
      return compared < 0;
    case 'LESS_THAN_EQUAL_TO':
      return compared <= 0;
    case 'BETWEEN':
      return compared >= 0 && compareIndexValues(actual, second) <= 0;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(first));
    case 'CONTAINS':
      return typeof actual === 'string' && actual.includes(String(first));
    case 'NOT_CONTAINS':
      return typeof actual === 'string' && !actual.includes(String(first));
    default:
      throw new Error(`The fake does not know condition ${clause.condition}`);
  }
}
