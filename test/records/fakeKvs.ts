import { ForgeKvsAPIError, type BetweenClause, type ListResult, type PolicySetOptions, Sort } from '@forge/kvs';
import { z } from 'zod';
import { ENTITIES, type EntityDefinition } from '../../src/storage/entities';
import { compareIndexValues } from '../../src/storage/indexOrder';
import type { KvsConditions, KvsEntitySurface, KvsEntityTarget, KvsQuerySurface, KvsSurface, KvsTransactionSurface } from '../../src/storage/kvsTable';
import { clauseHolds, valueError } from './fakeKvsRules';

/**
 * An in-memory stand-in for the `@forge/kvs` custom entity API surface the app uses, following its
 * documented rules: entities and indexes must be declared; keys match Forge's pattern and are under
 * 500 characters; values have only declared attributes of their types and stay under 240 KiB;
 * queries page 1–100 at a time; a transaction holds at most 25 operations on distinct keys, and
 * commits every one only if every condition holds on the values as they were (a condition on a
 * missing item holds only if it asks that the attribute not exist), else none.
 */
type Value = Record<string, unknown>;
type Op = { kind: 'set'; key: string; value: unknown; target?: KvsEntityTarget } | { kind: 'delete'; key: string; target?: KvsEntityTarget };

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s#-]+$/;

function fail(code: string, message: string, status = 400): never {
  throw new ForgeKvsAPIError({ status, statusText: code }, { code, message });
}

const filterItemSchema = z.object({ property: z.string(), condition: z.string(), values: z.array(z.unknown()) });

export class FakeKvs implements KvsSurface {
  private readonly data = new Map<string, Map<string, Value>>();
  /** Writes committed, to check that a failed or refused write stored nothing. */
  writes = 0;
  /** Runs before a transaction's conditions are checked: lets a test slip in a concurrent write. */
  beforeTransaction: (() => Promise<void>) | null = null;
  /** The next write fails with this error, after nothing was stored. */
  failNextWrite: Error | null = null;

  entity(name: string): KvsEntitySurface {
    const definition = this.definition(name);
    return {
      get: async (key) => structuredClone(this.table(definition.name).get(this.checkKey(key))),
      set: async (key, value, options?: PolicySetOptions) => {
        this.checkKey(key);
        if (options?.keyPolicy === 'FAIL_IF_EXISTS' && this.table(name).has(key)) fail('KEY_ALREADY_EXISTS', `Key ${key} already exists`, 409);
        this.apply([{ kind: 'set', key, value, target: { entityName: name } }]);
      },
      query: () => ({ index: (indexName, options) => this.queryOf(definition, indexName, options?.partition ?? []) }),
    };
  }

  transact(): KvsTransactionSurface {
    const ops: Op[] = [];
    const builder: KvsTransactionSurface = {
      set: (key, value, target) => (ops.push({ kind: 'set', key, value, target }), builder),
      delete: (key, target) => (ops.push({ kind: 'delete', key, target }), builder),
      execute: async () => {
        if (this.beforeTransaction !== null) await this.beforeTransaction();
        this.executeTransaction(ops);
      },
    };
    return builder;
  }

  /** Forge answers at most 25 items a batch; the fake refuses more, so the adapter must split. */
  async batchGet(items: { entityName: string; key: string }[]) {
    this.checkBatchSize(items.length);
    this.reads += items.length;
    const successfulKeys = items.flatMap(({ entityName, key }) => {
      const value = this.table(this.definition(entityName).name).get(this.checkKey(key));
      return value === undefined ? [] : [{ key, entityName, value: structuredClone(value) }];
    });
    return { successfulKeys, failedKeys: [] };
  }

  async batchSet(items: { entityName: string; key: string; value: unknown }[]) {
    this.checkBatchSize(items.length);
    this.apply(
      items.map(({ entityName, key, value }) => ({
        kind: 'set' as const,
        key: this.checkKey(key),
        value,
        target: { entityName: this.definition(entityName).name },
      })),
    );
    return { successfulKeys: items.map(({ key, entityName }) => ({ key, entityName })), failedKeys: [] };
  }

  async batchDelete(items: { entityName: string; key: string }[]) {
    this.checkBatchSize(items.length);
    this.apply(
      items.map(({ entityName, key }) => ({ kind: 'delete' as const, key: this.checkKey(key), target: { entityName: this.definition(entityName).name } })),
    );
    return { successfulKeys: items.map(({ key, entityName }) => ({ key, entityName })), failedKeys: [] };
  }

  /** Values read by batch reads, to count storage reads. */
  reads = 0;

  private checkBatchSize(count: number): void {
    if (count === 0 || count > 25) fail('INVALID_BATCH', `A batch takes 1–25 items, got ${count}`);
  }

  /** A stored value as the test sees it (a copy). */
  peek(entityName: string, key: string): Value | undefined {
    return structuredClone(this.data.get(entityName)?.get(key));
  }

  private executeTransaction(ops: readonly Op[]): void {
    if (ops.length === 0 || ops.length > 25) fail('INVALID_TRANSACTION', `A transaction takes 1–25 operations, got ${ops.length}`);
    const keys = ops.map((op) => `${op.target?.entityName ?? ''}/${op.key}`);
    if (new Set(keys).size !== keys.length) fail('DUPLICATE_KEYS', 'Each key can only be used once in a transaction');
    for (const op of ops) {
      const entityName = op.target?.entityName;
      if (entityName === undefined) fail('INVALID_TRANSACTION', 'The app stores only custom entities');
      this.definition(entityName);
      const stored = this.table(entityName).get(this.checkKey(op.key));
      if (op.target?.conditions !== undefined && !this.conditionsHold(op.target.conditions, stored)) {
        fail('CONDITIONAL_CHECK_FAILED', `A condition on ${entityName} '${op.key}' was not met`, 409);
      }
    }
    this.apply(ops);
  }

  private conditionsHold(conditions: KvsConditions, stored: Value | undefined): boolean {
    const items = conditions.filters().map((item) => filterItemSchema.parse(item));
    if (items.length === 0) fail('EMPTY_FILTER_OPERATOR', 'Builder must have at least one condition set');
    const results = items.map((item) => clauseHolds(item, stored));
    return conditions.operator() === 'and' ? results.every(Boolean) : results.some(Boolean);
  }

  /** Validates every op first, so a bad one stores nothing; then stores all. */
  private apply(ops: readonly Op[]): void {
    for (const op of ops) {
      if (op.kind === 'set') {
        const problem = valueError(this.definition(op.target?.entityName ?? ''), op.value);
        if (problem !== null) fail('INVALID_ENTITY_VALUE', `${String(op.target?.entityName)} '${op.key}': ${problem}`);
      }
    }
    if (this.failNextWrite !== null) {
      const error = this.failNextWrite;
      this.failNextWrite = null;
      throw error;
    }
    for (const op of ops) {
      const table = this.table(op.target?.entityName ?? '');
      if (op.kind === 'set') table.set(op.key, z.record(z.string(), z.unknown()).parse(structuredClone(op.value)));
      else table.delete(op.key);
    }
    this.writes += 1;
  }

  private queryOf(definition: EntityDefinition, indexName: string, partition: readonly unknown[]): KvsQuerySurface {
    const index = definition.indexes.find((candidate) => candidate.name === indexName);
    if (index === undefined) fail('INVALID_ENTITY_INDEX', `Entity ${definition.name} has no index ${indexName}`);
    if (partition.length !== index.partition.length) fail('INVALID_PARTITION', `Index ${indexName} needs ${index.partition.length} partition values`);
    const state: { range?: BetweenClause<string | number>; sort?: Sort; cursor?: string; limit?: number } = {};
    const rangeAttribute = index.range[0] ?? '';
    const query: KvsQuerySurface = {
      where: (condition) => ((state.range = condition), query),
      sort: (sort) => ((state.sort = sort), query),
      cursor: (cursor) => ((state.cursor = cursor), query),
      limit: (limit) => ((state.limit = limit), query),
      getMany: async (): Promise<ListResult<unknown>> => {
        const limit = state.limit ?? 10;
        if (limit < 1 || limit > 100) fail('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', 'The page limit must be set between 1 and 100');
        const rows = [...this.table(definition.name)]
          .filter(([, value]) => index.partition.every((attribute, position) => value[attribute] === partition[position]))
          .filter(([, value]) => state.range === undefined || clauseHolds({ property: rangeAttribute, ...state.range }, value))
          .sort(([keyA, a], [keyB, b]) => compareIndexValues(a[rangeAttribute], b[rangeAttribute]) || keyA.localeCompare(keyB));
        if (state.sort === Sort.DESC) rows.reverse();
        const offset = state.cursor === undefined ? 0 : Number(Buffer.from(state.cursor, 'base64url').toString());
        const page = rows.slice(offset, offset + limit).map(([key, value]) => ({ key, value: structuredClone(value) }));
        const next = offset + limit < rows.length ? Buffer.from(String(offset + limit)).toString('base64url') : undefined;
        return { results: page, nextCursor: next };
      },
    };
    return query;
  }

  private definition(name: string): EntityDefinition {
    if (name.length < 3 || name.length > 60 || !/^(?![.-])(?!.*\.{2})[a-z0-9:\-.]*(?<![.])$/.test(name))
      fail('INVALID_ENTITY_TYPE', `Invalid entity name ${name}`);
    const found = ENTITIES.find((entity) => entity.name === name);
    if (found === undefined) fail('INVALID_ENTITY_TYPE', `Entity ${name} is not declared in the manifest`);
    return found;
  }

  private table(name: string): Map<string, Value> {
    const existing = this.data.get(name);
    if (existing !== undefined) return existing;
    const created = new Map<string, Value>();
    this.data.set(name, created);
    return created;
  }

  private checkKey(key: string): string {
    if (key.length === 0) fail('EMPTY_KEY', 'Key cannot be empty');
    if (key.length > 500) fail('KEY_TOO_LONG', 'The provided key has exceeded the maximum 500 characters');
    if (!KEY_PATTERN.test(key)) fail('INVALID_KEY', `Key ${key} does not match Forge's key pattern`);
    return key;
  }
}
