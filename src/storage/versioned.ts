import type { z } from 'zod';
import { ConflictError, NotFoundError } from '../services/errors';
import type { StoredRecord } from '../shared/records';
import type { EntityName } from './entities';
import { ConditionFailedError, type RecordTable, type WriteCondition, type WriteOp } from './recordTable';
import { parseStored, toStoredValue } from './storedRecords';

/**
 * Optimistic concurrency shared by every repository and both adapters: a save names the version it
 * edited; the write is committed only on the condition that the stored version is still that one, so
 * two people saving at once never silently overwrite each other. The loser gets `ConflictError` with
 * the record as it is now.
 */
export interface RecordSpec<R extends StoredRecord> {
  entity: EntityName;
  /** For messages: "risk", "roadmap item". */
  label: string;
  schema: z.ZodType<R>;
}

/** Who saves, and when (the resolver's caller and `deps.now()`). */
export interface Audit {
  accountId: string;
  at: string;
}

/** The record with its identity and audit fields; `fields` go first so they can never overwrite them. */
export function withAudit<F extends object>(
  fields: F,
  identity: { id: string; projectKey: string; version: number },
  current: StoredRecord | undefined,
  audit: Audit,
): F & StoredRecord {
  return {
    ...fields,
    ...identity,
    createdAt: current?.createdAt ?? audit.at,
    createdBy: current?.createdBy ?? audit.accountId,
    updatedAt: audit.at,
    updatedBy: audit.accountId,
  };
}

export async function readRecord<R extends StoredRecord>(table: RecordTable, spec: RecordSpec<R>, key: string): Promise<R | undefined> {
  const value = await table.get(spec.entity, key);
  return value === undefined ? undefined : parseStored(spec.schema, value, `${spec.entity} '${key}'`);
}

function staleError<R extends StoredRecord>(spec: RecordSpec<R>, edited: number | undefined, current: R | undefined): Error {
  if (current === undefined) return new NotFoundError(`This ${spec.label} does not exist (someone may have deleted it); reload to see the current list`);
  const since = `saved as version ${current.version} by ${current.updatedBy} at ${current.updatedAt}`;
  const message =
    edited === undefined
      ? `This ${spec.label} already exists (${since}); reload it and apply your change to it`
      : `This ${spec.label} changed after you opened it (you edited version ${edited}; it was ${since}); review the current one and save again`;
  return new ConflictError(message, current);
}

/** Throws why an edit of `expectedVersion` (none: a create) may not proceed on the stored `current`. */
function requireEditable<R extends StoredRecord>(spec: RecordSpec<R>, current: R | undefined, expectedVersion: number | undefined): void {
  if (expectedVersion === undefined ? current !== undefined : current?.version !== expectedVersion) {
    throw staleError(spec, expectedVersion, current);
  }
}

async function commitOrExplain<R extends StoredRecord>(
  table: RecordTable,
  spec: RecordSpec<R>,
  key: string,
  expectedVersion: number | undefined,
  ops: readonly WriteOp[],
): Promise<void> {
  try {
    await table.commit(ops);
  } catch (error) {
    if (!(error instanceof ConditionFailedError)) throw error;
    throw staleError(spec, expectedVersion, await readRecord(table, spec, key));
  }
}

export interface SaveRequest<R extends StoredRecord> {
  key: string;
  /** The version the caller edited; absent for a create. */
  expectedVersion?: number;
  /**
   * A freshly generated random key cannot exist yet, so its create needs no condition (Forge then
   * writes it in a plain transaction); natural keys (a project, a sprint, a version) must be absent.
   */
  freshKey?: boolean;
  /** The record to store at `version` given the current one; null when nothing would change. */
  build(current: R | undefined, version: number): R | null;
  /** Writes committed together with the record (at most 24), e.g. its history entry. */
  alongside?(current: R | undefined, next: R): WriteOp[];
}

/** Creates or updates one record under the version rule; returns what is stored now. */
export async function saveVersioned<R extends StoredRecord>(table: RecordTable, spec: RecordSpec<R>, request: SaveRequest<R>): Promise<R> {
  const current = await readRecord(table, spec, request.key);
  requireEditable(spec, current, request.expectedVersion);
  const next = request.build(current, (current?.version ?? 0) + 1);
  if (next === null && current !== undefined) return current;
  if (next === null) throw new Error(`Nothing to create for ${spec.entity} '${request.key}'`);
  const condition: WriteCondition | undefined =
    current !== undefined ? { kind: 'version', version: current.version } : request.freshKey === true ? undefined : { kind: 'absent' };
  const ops: WriteOp[] = [
    { type: 'put', entity: spec.entity, key: request.key, value: toStoredValue(next), condition },
    ...(request.alongside?.(current, next) ?? []),
  ];
  await commitOrExplain(table, spec, request.key, request.expectedVersion, ops);
  return next;
}

/** Deletes one record if it is still at `expectedVersion`; returns the record deleted. */
export async function deleteVersioned<R extends StoredRecord>(
  table: RecordTable,
  spec: RecordSpec<R>,
  request: { key: string; expectedVersion: number; alongside?(current: R): WriteOp[] },
): Promise<R> {
  const current = await readRecord(table, spec, request.key);
  requireEditable(spec, current, request.expectedVersion);
  if (current === undefined) throw staleError(spec, request.expectedVersion, current);
  const ops: WriteOp[] = [
    { type: 'delete', entity: spec.entity, key: request.key, condition: { kind: 'version', version: current.version } },
    ...(request.alongside?.(current) ?? []),
  ];
  await commitOrExplain(table, spec, request.key, request.expectedVersion, ops);
  return current;
}
