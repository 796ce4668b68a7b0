import {
  RISK_STATUSES,
  RISK_STRATEGIES,
  DEFAULT_RISK_APPETITE,
  riskViewOf,
  type RecordApi,
  type Risk,
  type RiskStatus,
  type RiskStrategy,
  type RiskView,
} from '../../../src/shared/records';
import { blankToUndefined, optionsOf, parseIssueKeys, type Option } from '../recordForm';
import { IMPACT_NAMES, LIKELIHOOD_NAMES, SCALE, scaleLabel, STATUS_LABELS, STRATEGY_LABELS } from './riskTerms';

/** What the risk form holds: selects hold options, text fields strings. */
export interface RiskFormValues {
  statement: string;
  likelihood: Option<number> | null;
  impact: Option<number> | null;
  residualLikelihood: Option<number> | null;
  residualImpact: Option<number> | null;
  targetLikelihood: Option<number> | null;
  targetImpact: Option<number> | null;
  strategy: Option<RiskStrategy> | null;
  mitigation: string;
  /** The owner's account id; '' for none. */
  ownerAccountId: string;
  status: Option<RiskStatus> | null;
  reviewDate: string;
  linkedIssueKeys: string;
}

export const RISK_FIELDS = [
  'statement',
  'likelihood',
  'impact',
  'residualLikelihood',
  'residualImpact',
  'targetLikelihood',
  'targetImpact',
  'strategy',
  'mitigation',
  'ownerAccountId',
  'status',
  'reviewDate',
  'linkedIssueKeys',
] as const;

export const LIKELIHOOD_OPTIONS: Option<number>[] = SCALE.map((value) => ({ value, label: scaleLabel(value, LIKELIHOOD_NAMES) }));
export const IMPACT_OPTIONS: Option<number>[] = SCALE.map((value) => ({ value, label: scaleLabel(value, IMPACT_NAMES) }));
export const STRATEGY_CHOICES = optionsOf(RISK_STRATEGIES, STRATEGY_LABELS);
export const STATUS_CHOICES = optionsOf(RISK_STATUSES, STATUS_LABELS);

/** A new risk, or the risk being edited; `linkedIssueKeys` prefilled when added from an epic. */
export function initialValues(risk: RiskView | null, linkedIssueKeys: readonly string[] = []): RiskFormValues {
  const pick = <V>(options: Option<V>[], value: V | undefined) => options.find((option) => option.value === value) ?? null;
  return {
    statement: risk?.statement ?? '',
    likelihood: pick(LIKELIHOOD_OPTIONS, risk?.likelihood),
    impact: pick(IMPACT_OPTIONS, risk?.impact),
    residualLikelihood: pick(LIKELIHOOD_OPTIONS, risk?.residualLikelihood),
    residualImpact: pick(IMPACT_OPTIONS, risk?.residualImpact),
    targetLikelihood: pick(LIKELIHOOD_OPTIONS, risk?.targetLikelihood),
    targetImpact: pick(IMPACT_OPTIONS, risk?.targetImpact),
    strategy: pick(STRATEGY_CHOICES, risk?.strategy),
    mitigation: risk?.mitigation ?? '',
    ownerAccountId: risk?.ownerAccountId ?? '',
    status: pick(STATUS_CHOICES, risk?.status ?? 'open'),
    reviewDate: risk?.reviewDate ?? '',
    linkedIssueKeys: (risk?.linkedIssueKeys ?? linkedIssueKeys).join(', '),
  };
}

type RiskPayload = RecordApi['risks/save']['payload']['risk'];

/** The `risks/save` payload; null while a required choice is missing (the form's own checks say which). */
export function riskPayload(values: RiskFormValues, editing: RiskView | null): RiskPayload | null {
  const { likelihood, impact, strategy, status } = values;
  if (!likelihood || !impact || !strategy || !status) return null;
  return {
    ...(editing ? { id: editing.id, version: editing.version } : {}),
    statement: values.statement.trim(),
    likelihood: likelihood.value,
    impact: impact.value,
    // A cleared choice is left out, which removes that assessment from the risk.
    residualLikelihood: values.residualLikelihood?.value,
    residualImpact: values.residualImpact?.value,
    targetLikelihood: values.targetLikelihood?.value,
    targetImpact: values.targetImpact?.value,
    strategy: strategy.value,
    mitigation: values.mitigation.trim(),
    // Left out when cleared, which removes the owner from the risk.
    ownerAccountId: blankToUndefined(values.ownerAccountId),
    status: status.value,
    reviewDate: blankToUndefined(values.reviewDate),
    linkedIssueKeys: parseIssueKeys(values.linkedIssueKeys),
  };
}

function isStoredRisk(value: unknown): value is Risk {
  if (typeof value !== 'object' || value === null) return false;
  const fields: Partial<Record<keyof Risk, unknown>> = value;
  return (
    typeof fields.id === 'string' &&
    typeof fields.version === 'number' &&
    typeof fields.statement === 'string' &&
    typeof fields.likelihood === 'number' &&
    typeof fields.impact === 'number' &&
    Array.isArray(fields.linkedIssueKeys)
  );
}

/**
 * The stored risk a CONFLICT answer carries, with its severities, when it is one. It only refills the
 * form, which shows no appetite marker, so the default appetite stands in until the list reloads.
 */
export function storedRiskOf(value: unknown): RiskView | null {
  return isStoredRisk(value) ? riskViewOf(value, DEFAULT_RISK_APPETITE) : null;
}
