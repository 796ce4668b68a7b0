import type { StoredRecord } from './stored';

/** The risk register: risks, their severities and bands, and their history. */

export const RISK_STRATEGIES = ['monitor', 'transfer', 'avoid', 'mitigate', 'prepare', 'exploit'] as const;
export type RiskStrategy = (typeof RISK_STRATEGIES)[number];
export const RISK_STATUSES = ['open', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const RISK_BANDS = ['low', 'medium', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export interface RiskFields {
  statement: string;
  likelihood: number;
  impact: number;
  strategy: RiskStrategy;
  mitigation: string;
  ownerAccountId?: string;
  /** After the mitigation in place (1–5 each); absent on risks saved before residual risk existed. */
  residualLikelihood?: number;
  residualImpact?: number;
  /** Where the mitigation should bring it (1–5 each). */
  targetLikelihood?: number;
  targetImpact?: number;
  status: RiskStatus;
  /** `YYYY-MM-DD`. */
  reviewDate?: string;
  linkedIssueKeys: string[];
}
export interface Risk extends StoredRecord, RiskFields {}
export interface RiskView extends Risk {
  severity: number;
  band: RiskBand;
  /** Null unless both residual (target) likelihood and impact are given. */
  residualSeverity: number | null;
  residualBand: RiskBand | null;
  targetSeverity: number | null;
  targetBand: RiskBand | null;
  /** The current severity (`currentSeverity`) is above the product's risk appetite. */
  exceedsAppetite: boolean;
}
/** The fields a risk's history tracks, in the order a change lists them. */
export const RISK_HISTORY_FIELDS = [
  'statement',
  'likelihood',
  'impact',
  'strategy',
  'mitigation',
  'ownerAccountId',
  'residualLikelihood',
  'residualImpact',
  'targetLikelihood',
  'targetImpact',
  'status',
  'reviewDate',
  'linkedIssueKeys',
] as const satisfies readonly (keyof RiskFields)[];
export type RiskFieldValue = string | number | string[] | null;
/** One entry of a risk's history: who changed what, when; `version` is the risk's version it produced. */
export interface RiskChange {
  riskId: string;
  version: number;
  action: 'created' | 'updated' | 'deleted';
  at: string;
  by: string;
  changes: { field: keyof RiskFields; from: RiskFieldValue; to: RiskFieldValue }[];
}

/** Severity = likelihood × impact, 1–25 (docs/METRICS.md, Risk register). @example riskSeverity(3, 4) // 12 */
export function riskSeverity(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** Band of a severity: low 1–4, medium 5–12, high 15–25 (13 and 14 are no product of 1–5). @example riskBand(12) // 'medium' */
export function riskBand(severity: number): RiskBand {
  if (severity <= 4) return 'low';
  return severity <= 12 ? 'medium' : 'high';
}

function pairSeverity(likelihood: number | undefined, impact: number | undefined): number | null {
  return likelihood === undefined || impact === undefined ? null : riskSeverity(likelihood, impact);
}

/**
 * The severity a risk stands at now: the residual one where it is given, else the inherent one. The
 * register, the epic panel and the Portfolio review all judge a risk by this, so they agree.
 * @example currentSeverity({ likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 3 }) // 6
 */
export function currentSeverity(risk: Pick<RiskFields, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>): number {
  return pairSeverity(risk.residualLikelihood, risk.residualImpact) ?? riskSeverity(risk.likelihood, risk.impact);
}

/** Above appetite: the current severity is strictly greater than `appetite`. @example exceedsAppetite({ likelihood: 4, impact: 4 }, 12) // true */
export function exceedsAppetite(risk: Pick<RiskFields, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>, appetite: number): boolean {
  return currentSeverity(risk) > appetite;
}

/** A risk with its inherent, residual and target severities and bands, judged against `appetite`. */
export function riskViewOf(risk: Risk, appetite: number): RiskView {
  const severity = riskSeverity(risk.likelihood, risk.impact);
  const residualSeverity = pairSeverity(risk.residualLikelihood, risk.residualImpact);
  const targetSeverity = pairSeverity(risk.targetLikelihood, risk.targetImpact);
  return {
    ...risk,
    severity,
    band: riskBand(severity),
    residualSeverity,
    residualBand: residualSeverity === null ? null : riskBand(residualSeverity),
    targetSeverity,
    targetBand: targetSeverity === null ? null : riskBand(targetSeverity),
    exceedsAppetite: exceedsAppetite(risk, appetite),
  };
}
