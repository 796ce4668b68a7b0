import type { EntityName } from './entities';

/**
 * The port both storage adapters implement (Forge custom entities, local files): read one value, page
 * through an index, and commit writes all-or-nothing under conditions on the stored `version`. The
 * repositories hold every rule about versions and conflicts, so both adapters enforce the same ones.
 */
export type StoredValue = Readonly<Record<string, unknown>>;

/** `absent`: the key must not exist; `version`: the stored value must be at exactly this version. */
export type WriteCondition = { kind: 'absent' } | { kind: 'version'; version: number };

export type WriteOp =
  | { type: 'put'; entity: EntityName; key: string; value: StoredValue; condition?: WriteCondition }
  | { type: 'delete'; entity: EntityName; key: string; condition?: WriteCondition };

export interface IndexQuery {
  entity: EntityName;
  index: string;
  /** Values of the index's partition attributes, in their declared order. */
  partition: readonly (string | number)[];
  /** Inclusive bounds on the index's range attribute. */
  range?: { from: string | number; to: string | number };
  sort?: 'asc' | 'desc';
  cursor?: string;
  /** 1–100, as Forge allows. */
  limit: number;
}

export interface QueryPage {
  values: StoredValue[];
  nextCursor?: string;
}

export interface RecordTable {
  get(entity: EntityName, key: string): Promise<StoredValue | undefined>;
  /** The stored values of `keys` (absent keys are missing from the map), a batch of 25 at a time. */
  getMany(entity: EntityName, keys: readonly string[]): Promise<Map<string, StoredValue>>;
  /**
   * Unconditional writes of values whose key names their content (snapshot chunks): idempotent, and
   * not all-or-nothing, so callers make them visible only through one conditioned `commit` after.
   */
  putMany(entity: EntityName, items: readonly { key: string; value: StoredValue }[]): Promise<void>;
  deleteMany(entity: EntityName, keys: readonly string[]): Promise<void>;
  query(query: IndexQuery): Promise<QueryPage>;
  /** Writes every op or none; `ConditionFailedError` when a condition does not hold. */
  commit(ops: readonly WriteOp[]): Promise<void>;
}

/** Forge transactions and batches take at most 25 operations; the repositories never need more. */
export const MAX_OPS_PER_COMMIT = 25;

/** `items` in batches of Forge's batch size. */
export function inBatches<T>(items: readonly T[], size = MAX_OPS_PER_COMMIT): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** Checks one unconditional batch write the way `checkCommit` checks a commit. */
export function checkBatch(entity: EntityName, items: readonly { key: string; value?: StoredValue }[]): void {
  checkCommit(
    items.map((item) => (item.value === undefined ? { type: 'delete', entity, key: item.key } : { type: 'put', entity, key: item.key, value: item.value })),
  );
}
/** Forge's page size ceiling for entity queries. */
export const MAX_QUERY_LIMIT = 100;
/** Forge rejects values over 240 KiB; records are bounded far below this, and a guard keeps it so. */
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_KEY_LENGTH = 500;

export class ConditionFailedError extends Error {
  constructor(
    readonly entity: EntityName,
    readonly key: string,
  ) {
    super(`The stored ${entity} '${key}' changed since it was read`);
    this.name = 'ConditionFailedError';
  }
}

/** A query's cursor that no page of this store gave (callers' input, so not a storage failure). */
export class InvalidCursorError extends Error {
  constructor(readonly cursor: string) {
    super(`'${cursor.slice(0, 80)}' is not a cursor this store gave`);
    this.name = 'InvalidCursorError';
  }
}

/**
 * A project's stored records cannot be read at all (locally: its file is not JSON, or not a record
 * file). Only that project's records fail; the message names the file and what to do about it.
 */
export class UnreadableRecordsError extends Error {
  constructor(
    readonly projectKey: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableRecordsError';
  }
}

/** Checks what both adapters must refuse before touching storage: too many ops, a repeated key, a key or value over Forge's limits. */
export function checkCommit(ops: readonly WriteOp[]): void {
  if (ops.length === 0 || ops.length > MAX_OPS_PER_COMMIT) throw new RangeError(`A commit takes 1–${MAX_OPS_PER_COMMIT} operations, got ${ops.length}`);
  const seen = new Set<string>();
  for (const op of ops) {
    const id = `${op.entity}/${op.key}`;
    if (seen.has(id)) throw new RangeError(`A commit may use each key once; ${id} appears twice`);
    seen.add(id);
    if (op.key.length === 0 || op.key.length >= MAX_KEY_LENGTH)
      throw new RangeError(`Key '${op.key.slice(0, 80)}…' must be 1–${MAX_KEY_LENGTH - 1} characters`);
    if (op.type === 'put') {
      const bytes = Buffer.byteLength(JSON.stringify(op.value), 'utf8');
      if (bytes > MAX_VALUE_BYTES) throw new RangeError(`The ${op.entity} '${op.key}' is ${bytes} bytes; Forge storage takes at most ${MAX_VALUE_BYTES}`);
    }
  }
}

/** Whether `stored` (undefined when absent) satisfies `condition`. */
export function conditionHolds(condition: WriteCondition | undefined, stored: StoredValue | undefined): boolean {
  if (condition === undefined) return true;
  if (condition.kind === 'absent') return stored === undefined;
  return stored !== undefined && stored.version === condition.version;
}

/** Every value of a query, page by page; `maxValues` bounds the work of one resolver call. */
export async function queryAll(table: RecordTable, query: Omit<IndexQuery, 'cursor' | 'limit'>, maxValues = 5000): Promise<StoredValue[]> {
  const values: StoredValue[] = [];
  let cursor: string | undefined;
  do {
    const page = await table.query({ ...query, cursor, limit: MAX_QUERY_LIMIT });
    values.push(...page.values);
    cursor = page.nextCursor;
  } while (cursor !== undefined && values.length < maxValues);
  return values;
}
