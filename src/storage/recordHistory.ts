import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ValidationError } from '../services/errors';
import type { StoredRecord } from '../shared/records';
import { historyKey, recordKey, type EntityName } from './entities';
import type { RecordTable, WriteOp } from './recordTable';
import type { EditOf, HistoryPage } from './stores';
import { parseStored, toStoredValue } from './storedRecords';
import { deleteVersioned, readRecord, saveVersioned, withAudit, type Audit, type RecordSpec } from './versioned';

/**
 * Records whose every change is kept (risks, review notes): each save or delete appends one change
 * record (who, when, which fields from what to what) in the same commit as the record itself, so
 * the history can never miss a change nor show one that did not happen. One record per change keeps
 * a long history from growing any single value towards Forge's limit.
 */

/** A tracked field's value as a change shows it; an absent field is null. */
export type TrackedValue = string | number | string[] | null;
type TrackedFields<F> = Partial<Record<keyof F, string | number | string[]>>;

export interface FieldChange<F> {
  field: keyof F;
  from: TrackedValue;
  to: TrackedValue;
}

export interface ChangeEntry<F> {
  version: number;
  action: 'created' | 'updated' | 'deleted';
  at: string;
  by: string;
  changes: FieldChange<F>[];
}

/** Where and how one record type's changes are stored. */
export interface HistorySpec<F, C extends { version: number }> {
  entity: EntityName;
  /** Partitioned by `projectKey` and `recordAttribute`, ranged by `version`. */
  index: string;
  /** The attribute naming the record a change is of (`riskId`, `noteId`). */
  recordAttribute: string;
  /** The fields a change compares, in the order it lists them. */
  tracked: readonly (keyof F)[];
  schema: z.ZodType<C>;
}

/** History entries returned per page. */
export const HISTORY_PAGE_SIZE = 50;

function valueOf<F extends TrackedFields<F>>(fields: F | undefined, field: keyof F): TrackedValue {
  const value: string | number | string[] | undefined = fields?.[field];
  if (value === undefined) return null;
  return Array.isArray(value) ? [...value] : value;
}

/**
 * The field-level difference between two states of a record (absent fields are `null`).
 * @example fieldChanges(['impact'], { impact: 3 }, { impact: 4 }) // [{ field: 'impact', from: 3, to: 4 }]
 */
export function fieldChanges<F extends TrackedFields<F>>(tracked: readonly (keyof F)[], before: F | undefined, after: F | undefined): FieldChange<F>[] {
  return tracked.flatMap((field) => {
    const from = valueOf(before, field);
    const to = valueOf(after, field);
    return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ field, from, to }];
  });
}

function changeOp<F, C extends { version: number }>(history: HistorySpec<F, C>, projectKey: string, recordId: string, entry: ChangeEntry<F>): WriteOp {
  return {
    type: 'put',
    entity: history.entity,
    key: historyKey(projectKey, recordId, entry.version),
    value: toStoredValue({ [history.recordAttribute]: recordId, ...entry, projectKey }),
  };
}

export interface TrackedSave<F> {
  projectKey: string;
  edit: EditOf;
  fields: F;
  audit: Audit;
}

/** Creates or updates a record under the version rule with its change; an unchanged record is not rewritten. */
export function saveTracked<F extends TrackedFields<F>, C extends { version: number }>(
  table: RecordTable,
  spec: RecordSpec<F & StoredRecord>,
  history: HistorySpec<F, C>,
  { projectKey, edit, fields, audit }: TrackedSave<F>,
): Promise<F & StoredRecord> {
  const id = edit?.id ?? randomUUID();
  const changesFrom = (current: F | undefined): FieldChange<F>[] => fieldChanges(history.tracked, current, fields);
  return saveVersioned(table, spec, {
    key: recordKey(projectKey, id),
    expectedVersion: edit?.version,
    freshKey: edit === undefined,
    build: (current, version) =>
      current !== undefined && changesFrom(current).length === 0 ? null : withAudit(fields, { id, projectKey, version }, current, audit),
    alongside: (current, next) => [
      changeOp(history, projectKey, id, {
        version: next.version,
        action: current ? 'updated' : 'created',
        at: audit.at,
        by: audit.accountId,
        changes: changesFrom(current),
      }),
    ],
  });
}

/** Deletes the record if it is still at `expectedVersion`; its history is kept, ending with a `deleted` entry. */
export function deleteTracked<F, C extends { version: number }>(
  table: RecordTable,
  spec: RecordSpec<F & StoredRecord>,
  history: HistorySpec<F, C>,
  request: { projectKey: string; id: string; expectedVersion: number; audit: Audit },
): Promise<F & StoredRecord> {
  const { projectKey, id, expectedVersion, audit } = request;
  return deleteVersioned(table, spec, {
    key: recordKey(projectKey, id),
    expectedVersion,
    alongside: (current) => [
      changeOp(history, projectKey, id, { version: current.version + 1, action: 'deleted', at: audit.at, by: audit.accountId, changes: [] }),
    ],
  });
}

const CURSOR = /^before:([1-9]\d{0,8})$/;

/**
 * A cursor names the version the next page starts below, so it is checked here, whatever the store's
 * own cursors look like: anything else was never given out, and is the caller's mistake.
 */
function versionBefore(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const match = CURSOR.exec(cursor);
  if (match === null) throw new ValidationError('cursor', 'must be the nextCursor of a previous page of this history');
  return Number(match[1]);
}

/** A record's changes, newest first, a page at a time (also after the record is deleted). */
export async function historyPage<F, C extends { version: number }>(
  table: RecordTable,
  history: HistorySpec<F, C>,
  projectKey: string,
  id: string,
  cursor?: string,
): Promise<HistoryPage<C>> {
  const before = versionBefore(cursor);
  const page = await table.query({
    entity: history.entity,
    index: history.index,
    partition: [projectKey, id],
    range: before === undefined ? undefined : { from: 0, to: before - 1 },
    sort: 'desc',
    limit: HISTORY_PAGE_SIZE,
  });
  const entries = page.values.map((value) => parseStored(history.schema, value, history.entity));
  const last = entries[entries.length - 1];
  return { entries, nextCursor: page.nextCursor !== undefined && last !== undefined ? `before:${last.version}` : undefined };
}

/** The reads and writes every tracked record type has; each adds its own listing. */
export function trackedRepository<F extends TrackedFields<F>, C extends { version: number }>(
  table: RecordTable,
  spec: RecordSpec<F & StoredRecord>,
  history: HistorySpec<F, C>,
) {
  return {
    get: (projectKey: string, id: string) => readRecord(table, spec, recordKey(projectKey, id)),
    save: (projectKey: string, edit: EditOf, fields: F, audit: Audit) => saveTracked(table, spec, history, { projectKey, edit, fields, audit }),
    delete: (projectKey: string, id: string, expectedVersion: number, audit: Audit) =>
      deleteTracked(table, spec, history, { projectKey, id, expectedVersion, audit }),
    history: (projectKey: string, id: string, cursor?: string) => historyPage(table, history, projectKey, id, cursor),
  };
}
