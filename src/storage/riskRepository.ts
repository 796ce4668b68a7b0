import { RISK_HISTORY_FIELDS, type RiskChange, type RiskFields } from '../shared/records';
import { RISK_CHANGE_ENTITY, RISK_ENTITY } from './entities';
import { queryAll, type RecordTable } from './recordTable';
import { fieldChanges, trackedRepository, type HistorySpec } from './recordHistory';
import type { RiskRepository } from './stores';
import { parseStored, storedRisk, storedRiskChange } from './storedRecords';

const RISK = { entity: RISK_ENTITY.name, label: 'risk', schema: storedRisk };

/** The fields a risk's history tracks, in the order a change lists them. */
export const RISK_TRACKED_FIELDS = RISK_HISTORY_FIELDS;

const RISK_HISTORY: HistorySpec<RiskFields, RiskChange> = {
  entity: RISK_CHANGE_ENTITY.name,
  index: 'by-risk',
  recordAttribute: 'riskId',
  tracked: RISK_TRACKED_FIELDS,
  schema: storedRiskChange,
};

/**
 * The field-level difference between two states of a risk (absent fields are `null`), for its history.
 * @example riskFieldChanges({ …, impact: 3 }, { …, impact: 4 }) // [{ field: 'impact', from: 3, to: 4 }]
 */
export function riskFieldChanges(before: RiskFields | undefined, after: RiskFields | undefined): RiskChange['changes'] {
  return fieldChanges(RISK_TRACKED_FIELDS, before, after);
}

/** Risks, each change appended to the risk's history as its own record in the same commit. */
export function createRiskRepository(table: RecordTable): RiskRepository {
  return {
    ...trackedRepository(table, RISK, RISK_HISTORY),
    async list(projectKey) {
      const values = await queryAll(table, { entity: RISK.entity, index: 'by-project', partition: [projectKey] });
      return values.map((value) => parseStored(storedRisk, value, RISK.entity));
    },
  };
}
