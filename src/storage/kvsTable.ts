import { Filter, FilterConditions, Sort, WhereConditions, type BetweenClause, type ListResult, type PolicySetOptions } from '@forge/kvs';
import { z } from 'zod';
import type { EntityName } from './entities';
import {
  checkBatch,
  checkCommit,
  ConditionFailedError,
  inBatches,
  conditionHolds,
  type IndexQuery,
  type QueryPage,
  type RecordTable,
  type StoredValue,
  type WriteCondition,
  type WriteOp,
} from './recordTable';

/**
 * The part of `@forge/kvs` this adapter uses. The real `kvs` satisfies it (src/storage/forgeStores.ts
 * passes it), and so does the in-memory fake the tests run the adapter against.
 */
export interface KvsConditions {
  filters(): unknown[];
  operator(): 'and' | 'or';
}
export interface KvsEntityTarget {
  entityName: string;
  conditions?: KvsConditions;
}
export interface KvsQuerySurface {
  where(condition: BetweenClause<string | number>): KvsQuerySurface;
  sort(sort: Sort): KvsQuerySurface;
  cursor(cursor: string): KvsQuerySurface;
  limit(limit: number): KvsQuerySurface;
  getMany(): Promise<ListResult<unknown>>;
}
export interface KvsEntitySurface {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, options?: PolicySetOptions): Promise<void>;
  query(): { index(name: string, options?: { partition?: unknown[] }): KvsQuerySurface };
}
export interface KvsTransactionSurface {
  set(key: string, value: unknown, entity?: KvsEntityTarget): KvsTransactionSurface;
  delete(key: string, entity?: KvsEntityTarget): KvsTransactionSurface;
  execute(): Promise<void>;
}
export interface KvsBatchFailure {
  key: string;
  error: { code: string; message: string };
}
export interface KvsSurface {
  entity(name: string): KvsEntitySurface;
  transact(): KvsTransactionSurface;
  batchGet(items: { entityName: string; key: string }[]): Promise<{ successfulKeys: { key: string; value: unknown }[]; failedKeys: KvsBatchFailure[] }>;
  batchSet(items: { entityName: string; key: string; value: unknown }[]): Promise<{ failedKeys: KvsBatchFailure[] }>;
  batchDelete(items: { entityName: string; key: string }[]): Promise<{ failedKeys: KvsBatchFailure[] }>;
}

function throwIfFailed(what: string, entity: string, failed: readonly KvsBatchFailure[]): void {
  const [first] = failed;
  if (first !== undefined)
    throw new Error(`Forge storage could not ${what} ${failed.length} ${entity} value(s), first '${first.key}': ${first.error.code} ${first.error.message}`);
}

const storedValueSchema = z.record(z.string(), z.unknown());

function asStoredValue(value: unknown, entity: string, key: string): StoredValue {
  const parsed = storedValueSchema.safeParse(value);
  if (!parsed.success) throw new Error(`The stored ${entity} '${key}' is not an object`);
  return parsed.data;
}

/** The condition as a custom entity filter on the stored `version` attribute. */
function filterFor(condition: WriteCondition | undefined): KvsConditions | undefined {
  if (condition === undefined) return undefined;
  if (condition.kind === 'absent') return new Filter<StoredValue>().and('version', FilterConditions.notExists());
  return new Filter<StoredValue>().and('version', FilterConditions.equalTo(condition.version));
}

/**
 * The Forge adapter over custom entities. A conditional write is a KVS transaction whose set or delete
 * carries a filter on `version` (all operations commit or none do); a lone create of a natural key is
 * a set with `keyPolicy: 'FAIL_IF_EXISTS'`. When a write fails, the conditioned keys are read again:
 * if one no longer satisfies its condition the failure is a conflict (`ConditionFailedError`),
 * otherwise the storage error is passed on as it is.
 */
export class KvsRecordTable implements RecordTable {
  constructor(private readonly kvs: KvsSurface) {}

  async get(entity: EntityName, key: string): Promise<StoredValue | undefined> {
    const value = await this.kvs.entity(entity).get(key);
    return value === undefined ? undefined : asStoredValue(value, entity, key);
  }

  async query(query: IndexQuery): Promise<QueryPage> {
    let builder = this.kvs
      .entity(query.entity)
      .query()
      .index(query.index, { partition: [...query.partition] });
    if (query.range !== undefined) builder = builder.where(WhereConditions.between(query.range.from, query.range.to));
    builder = builder.sort(query.sort === 'desc' ? Sort.DESC : Sort.ASC).limit(query.limit);
    if (query.cursor !== undefined) builder = builder.cursor(query.cursor);
    const page = await builder.getMany();
    return { values: page.results.map((result) => asStoredValue(result.value, query.entity, result.key)), nextCursor: page.nextCursor };
  }

  async getMany(entity: EntityName, keys: readonly string[]): Promise<Map<string, StoredValue>> {
    const found = new Map<string, StoredValue>();
    for (const batch of inBatches([...new Set(keys)])) {
      const result = await this.kvs.batchGet(batch.map((key) => ({ entityName: entity, key })));
      throwIfFailed('read', entity, result.failedKeys);
      for (const item of result.successfulKeys) found.set(item.key, asStoredValue(item.value, entity, item.key));
    }
    return found;
  }

  async putMany(entity: EntityName, items: readonly { key: string; value: StoredValue }[]): Promise<void> {
    for (const batch of inBatches(items)) {
      checkBatch(entity, batch);
      const result = await this.kvs.batchSet(batch.map((item) => ({ entityName: entity, key: item.key, value: item.value })));
      throwIfFailed('write', entity, result.failedKeys);
    }
  }

  async deleteMany(entity: EntityName, keys: readonly string[]): Promise<void> {
    for (const batch of inBatches([...new Set(keys)])) {
      checkBatch(
        entity,
        batch.map((key) => ({ key })),
      );
      const result = await this.kvs.batchDelete(batch.map((key) => ({ entityName: entity, key })));
      throwIfFailed('delete', entity, result.failedKeys);
    }
  }

  async commit(ops: readonly WriteOp[]): Promise<void> {
    checkCommit(ops);
    try {
      await this.write(ops);
    } catch (error) {
      // A failed re-read says nothing about a conflict, so the original failure is reported then.
      throw (await this.conflictAmong(ops).catch(() => null)) ?? error;
    }
  }

  private async write(ops: readonly WriteOp[]): Promise<void> {
    const [only] = ops;
    if (ops.length === 1 && only?.type === 'put' && only.condition?.kind !== 'version') {
      const options: PolicySetOptions | undefined = only.condition?.kind === 'absent' ? { keyPolicy: 'FAIL_IF_EXISTS' } : undefined;
      await this.kvs.entity(only.entity).set(only.key, only.value, options);
      return;
    }
    const transaction = this.kvs.transact();
    for (const op of ops) {
      const target: KvsEntityTarget = { entityName: op.entity, conditions: filterFor(op.condition) };
      if (op.type === 'put') transaction.set(op.key, op.value, target);
      else transaction.delete(op.key, target);
    }
    await transaction.execute();
  }

  /** The first conditioned op whose condition the stored value now fails, as a conflict; null if none. */
  private async conflictAmong(ops: readonly WriteOp[]): Promise<ConditionFailedError | null> {
    for (const op of ops) {
      if (op.condition === undefined) continue;
      const stored = await this.get(op.entity, op.key);
      if (!conditionHolds(op.condition, stored)) return new ConditionFailedError(op.entity, op.key);
    }
    return null;
  }
}
