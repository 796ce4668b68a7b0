import type { RiskChange, RiskFieldValue, RiskFields } from '../../../src/shared/records';
import { IMPACT_NAMES, LIKELIHOOD_NAMES, STATUS_LABELS, STRATEGY_LABELS } from './riskTerms';

/** How the history names each field: as the form labels it. */
export const FIELD_LABELS: Record<keyof RiskFields, string> = {
  statement: 'Risk statement',
  likelihood: 'Likelihood',
  impact: 'Impact',
  strategy: 'Strategy',
  mitigation: 'Mitigation activities',
  ownerAccountId: 'Owner',
  residualLikelihood: 'Residual likelihood',
  residualImpact: 'Residual impact',
  targetLikelihood: 'Target likelihood',
  targetImpact: 'Target impact',
  status: 'Status',
  reviewDate: 'Review date',
  linkedIssueKeys: 'Linked epics',
};

const SCALES: Partial<Record<keyof RiskFields, Record<number, string>>> = {
  likelihood: LIKELIHOOD_NAMES,
  residualLikelihood: LIKELIHOOD_NAMES,
  targetLikelihood: LIKELIHOOD_NAMES,
  impact: IMPACT_NAMES,
  residualImpact: IMPACT_NAMES,
  targetImpact: IMPACT_NAMES,
};
const LABELLED: Record<string, string> = { ...STRATEGY_LABELS, ...STATUS_LABELS };

/** A value as a person reads it: scale names, labels, "none" for an absent one. @example valueText('impact', 4) // '4 Major' */
export function valueText(field: keyof RiskFields, value: RiskFieldValue): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return 'none';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return `${value} ${SCALES[field]?.[value] ?? ''}`.trim();
  return (field === 'strategy' || field === 'status' ? LABELLED[value] : undefined) ?? value;
}

export const ACTION_LABELS: Record<RiskChange['action'], string> = { created: 'Created', updated: 'Changed', deleted: 'Deleted' };
