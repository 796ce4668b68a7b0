import { randomUUID } from 'node:crypto';
import type { Risk, RiskChange, RiskFieldValue, RiskFields } from '../shared/records';
import { recordKey, RISK_CHANGE_ENTITY, RISK_ENTITY, riskChangeKey } from './entities';
import { InvalidCursorError, queryAll, type RecordTable, type WriteOp } from './recordTable';
import type { RiskRepository } from './stores';
import { parseStored, storedRisk, storedRiskChange, toStoredValue } from './storedRecords';
import { deleteVersioned, readRecord, saveVersioned, withAudit, type Audit } from './versioned';

const RISK = { entity: RISK_ENTITY.name, label: 'risk', schema: storedRisk };

/** History entries returned per page. */
export const RISK_HISTORY_PAGE_SIZE = 50;

/** The fields a risk's history tracks, in the order a change lists them. */
export const RISK_TRACKED_FIELDS = [
  'statement',
  'likelihood',
  'impact',
  'strategy',
  'mitigation',
  'ownerAccountId',
  'status',
  'reviewDate',
  'linkedIssueKeys',
] as const satisfies readonly (keyof RiskFields)[];

function valueOf(fields: RiskFields | undefined, field: keyof RiskFields): RiskFieldValue {
  const value = fields?.[field];
  if (value === undefined) return null;
  return Array.isArray(value) ? [...value] : value;
}

/**
 * The field-level difference between two states of a risk (absent fields are `null`), for its history.
 * @example riskFieldChanges({ …, impact: 3 }, { …, impact: 4 }) // [{ field: 'impact', from: 3, to: 4 }]
 */
export function riskFieldChanges(before: RiskFields | undefined, after: RiskFields | undefined): RiskChange['changes'] {
  return RISK_TRACKED_FIELDS.flatMap((field) => {
    const from = valueOf(before, field);
    const to = valueOf(after, field);
    return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ field, from, to }];
  });
}

function fieldsOf(risk: Risk): RiskFields {
  const { statement, likelihood, impact, strategy, mitigation, ownerAccountId, status, reviewDate, linkedIssueKeys } = risk;
  return { statement, likelihood, impact, strategy, mitigation, ownerAccountId, status, reviewDate, linkedIssueKeys };
}

function changeOp(projectKey: string, change: RiskChange): WriteOp {
  return {
    type: 'put',
    entity: RISK_CHANGE_ENTITY.name,
    key: riskChangeKey(projectKey, change.riskId, change.version),
    value: toStoredValue({ ...change, projectKey }),
  };
}

/**
 * A history cursor is the version the next page ends below, not the store's own cursor: so the adapter
 * (Forge's opaque cursors included) never sees one a caller made up, and a bad one is named as such.
 */
function versionBelow(cursor: string): number {
  if (!/^[1-9]\d{0,8}$/.test(cursor)) throw new InvalidCursorError(cursor);
  return Number(cursor);
}

/** Risks, each change appended to the risk's history as its own record in the same commit. */
export function createRiskRepository(table: RecordTable): RiskRepository {
  return {
    get: (projectKey, id) => readRecord(table, RISK, recordKey(projectKey, id)),
    async list(projectKey) {
      const values = await queryAll(table, { entity: RISK.entity, index: 'by-project', partition: [projectKey] });
      return values.map((value) => parseStored(storedRisk, value, RISK.entity));
    },
    save(projectKey, edit, fields, audit) {
      const id = edit?.id ?? randomUUID();
      const changesFrom = (current: Risk | undefined): RiskChange['changes'] => riskFieldChanges(current && fieldsOf(current), fields);
      return saveVersioned(table, RISK, {
        key: recordKey(projectKey, id),
        expectedVersion: edit?.version,
        freshKey: edit === undefined,
        build: (current, version) =>
          current !== undefined && changesFrom(current).length === 0 ? null : withAudit(fields, { id, projectKey, version }, current, audit),
        alongside: (current, next) => [
          changeOp(projectKey, {
            riskId: id,
            version: next.version,
            action: current ? 'updated' : 'created',
            at: audit.at,
            by: audit.accountId,
            changes: changesFrom(current),
          }),
        ],
      });
    },
    delete: (projectKey, id, expectedVersion, audit: Audit) =>
      deleteVersioned(table, RISK, {
        key: recordKey(projectKey, id),
        expectedVersion,
        alongside: (current) => [
          changeOp(projectKey, { riskId: id, version: current.version + 1, action: 'deleted', at: audit.at, by: audit.accountId, changes: [] }),
        ],
      }),
    async history(projectKey, id, cursor) {
      const below = cursor === undefined ? undefined : versionBelow(cursor);
      if (below === 1) return { entries: [] };
      const page = await table.query({
        entity: RISK_CHANGE_ENTITY.name,
        index: 'by-risk',
        partition: [projectKey, id],
        range: below === undefined ? undefined : { from: 1, to: below - 1 },
        sort: 'desc',
        limit: RISK_HISTORY_PAGE_SIZE,
      });
      const entries = page.values.map((value) => parseStored(storedRiskChange, value, RISK_CHANGE_ENTITY.name));
      const last = entries[entries.length - 1];
      return { entries, nextCursor: page.nextCursor === undefined || last === undefined ? undefined : String(last.version) };
    },
  };
}
