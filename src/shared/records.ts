import type { WorkloadByBucket } from './figures';

/**
 * The product records (issue 4): the contract between the Custom UI and the record resolvers, each key
 * with its payload and data, plus the pure helpers both sides use. The project always comes from the
 * Forge context, never the payload. Enumerations are lowercase.
 */

export const RISK_STRATEGIES = ['monitor', 'transfer', 'avoid', 'mitigate', 'prepare', 'exploit'] as const;
export type RiskStrategy = (typeof RISK_STRATEGIES)[number];
export const RISK_STATUSES = ['open', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const RISK_BANDS = ['low', 'medium', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];
export const ROADMAP_STATUSES = ['planned', 'in-progress', 'delivered', 'at-risk', 'missed'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];
export const VERDICTS = ['achieved', 'partly-achieved', 'not-achieved', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const ANALYSIS_STATUSES = ['done', 'due', 'not-due'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];
export const PRODUCT_ROLES = ['headOfProduct', 'productManager', 'productOwner', 'securityChampion', 'changeCoordinator', 'supportManager'] as const;
export type ProductRole = (typeof PRODUCT_ROLES)[number];

export const DEFAULT_FISCAL_YEAR_START_MONTH = 4;
export const DEFAULT_ANALYSIS_DUE_DAYS = 30;
/** Appetite a product has until its profile says otherwise (docs/METRICS.md, Risk register: severity 1–25). */
export const DEFAULT_RISK_APPETITE = 12;

/** What every stored record carries: `version` is what a save or delete sends back to prove it is current. */
export interface StoredRecord {
  id: string;
  version: number;
  projectKey: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** Account ids of the product team brief's roles. */
export type ProductRoles = Partial<Record<ProductRole, string>>;

export interface ProfileFields {
  productName: string;
  vision: string;
  roles: ProductRoles;
  /** 1 (January) … 12; the month the fiscal year starts. */
  fiscalYearStartMonth: number;
  analysisDueDays: number;
  /** 1–25: the highest current severity the product accepts; a risk above it is flagged. */
  riskAppetite: number;
}
export interface ProductProfile extends StoredRecord, ProfileFields {}

export interface RoadmapFields {
  title: string;
  outcome: string;
  /** `YYYY-MM`. */
  targetMonth: string;
  status: RoadmapStatus;
  linkedIssueKeys: string[];
  versionId?: string;
}
export interface RoadmapItem extends StoredRecord, RoadmapFields {}
/** Derived from the linked epics' standard issues: resolved points over all points. */
export interface RoadmapProgress {
  donePoints: number;
  totalPoints: number;
  /** donePoints / totalPoints; null when the epics carry no points. */
  ratio: number | null;
}
export interface RoadmapItemView extends RoadmapItem {
  fiscalYear: number;
  progress: RoadmapProgress;
}

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

export interface SprintCapacity extends StoredRecord {
  boardId: number;
  sprintId: number;
  /** Person-days the team is available in the sprint. */
  availableDays: number;
}
export interface CapacitySprintRow {
  sprintId: number;
  name: string;
  state: 'closed' | 'active' | 'future';
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  capacity: SprintCapacity | null;
  /** The nearest earlier sprint's available days, offered as the default; null when none has one. */
  defaultDays: number | null;
  /** Closed sprints: completed points (docs/METRICS.md, Velocity) and completed / available days. */
  completedPoints: number | null;
  pointsPerDay: number | null;
}
export interface CapacityForecast {
  sprintId: number;
  sprintName: string;
  availableDays: number | null;
  /** Σ completed / Σ available days over the last 3 closed sprints with a capacity. */
  pointsPerDay: number | null;
  /** pointsPerDay × availableDays; null when either is unknown. */
  points: number | null;
}

export interface AnalysisFields {
  /** `YYYY-MM-DD`. */
  analysisDate: string;
  expectedOutcomes: string;
  analysis: string;
  verdict: Verdict;
  links: string[];
}
/** One per released version; its `id` is the version id. */
export interface ReleaseAnalysis extends StoredRecord, AnalysisFields {
  versionId: string;
}
export interface ReleaseRow {
  versionId: string;
  name: string;
  description?: string;
  releaseDate: string | null;
  released: boolean;
  archived: boolean;
  /** releaseDate + the profile's analysisDueDays; null for unreleased or undated versions. */
  dueDate: string | null;
  analysisStatus: AnalysisStatus;
  analysis?: ReleaseAnalysis;
  /** The standard issues with this fix version, by work type (docs/METRICS.md): count and story points. */
  shipped: WorkloadByBucket;
}

type Edit<T> = T & { id?: string; version?: number };

export interface RecordApi {
  'profile/get': {
    payload: Record<string, never>;
    data: { profile: ProductProfile | null; settings: Pick<ProfileFields, 'fiscalYearStartMonth' | 'analysisDueDays' | 'riskAppetite'>; canEdit: boolean };
  };
  'profile/save': {
    payload: { profile: Omit<ProfileFields, 'roles' | 'riskAppetite'> & { version?: number; roles: ProductRoles; riskAppetite?: number } };
    data: ProductProfile;
  };
  'capacity/list': {
    payload: { boardId: number };
    data: { boardId: number; sprints: CapacitySprintRow[]; forecast: CapacityForecast | null; canEdit: boolean };
  };
  'capacity/save': { payload: { capacity: { boardId: number; sprintId: number; version?: number; availableDays: number } }; data: SprintCapacity };
  'roadmap/list': {
    payload: { fiscalYear?: number; linkedIssueKey?: string };
    data: { fiscalYear: number | null; fiscalYearStartMonth: number; months: string[]; items: RoadmapItemView[]; canEdit: boolean };
  };
  'roadmap/save': { payload: { item: Edit<Omit<RoadmapFields, 'linkedIssueKeys'> & { linkedIssueKeys?: string[] }> }; data: RoadmapItemView };
  'roadmap/delete': { payload: { id: string; version: number }; data: { id: string; deleted: true } };
  'risks/list': { payload: { linkedIssueKey?: string }; data: { items: RiskView[]; riskAppetite: number; canEdit: boolean } };
  'risks/save': { payload: { risk: Edit<Omit<RiskFields, 'linkedIssueKeys'> & { linkedIssueKeys?: string[] }> }; data: RiskView };
  'risks/delete': { payload: { id: string; version: number }; data: { id: string; deleted: true } };
  'risks/history': { payload: { id: string; cursor?: string }; data: { entries: RiskChange[]; nextCursor?: string } };
  'releases/list': { payload: Record<string, never>; data: { items: ReleaseRow[]; analysisDueDays: number; canEdit: boolean } };
  'releases/saveAnalysis': {
    payload: { analysis: Omit<AnalysisFields, 'links'> & { versionId: string; version?: number; links?: string[] } };
    data: ReleaseRow;
  };
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

function monthText(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The 12 months (`YYYY-MM`) of fiscal year `fiscalYear`, which starts in month `startMonth` of calendar
 * year `fiscalYear` (so with an April start, fiscal year 2026 runs 2026-04 … 2027-03).
 * @example fiscalYearMonths(2026, 4) // ['2026-04', …, '2027-03']
 */
export function fiscalYearMonths(fiscalYear: number, startMonth: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const zeroBased = startMonth - 1 + index;
    return monthText(fiscalYear + Math.floor(zeroBased / 12), (zeroBased % 12) + 1);
  });
}

/** The fiscal year a `YYYY-MM` month falls in. @example fiscalYearOf('2027-03', 4) // 2026 */
export function fiscalYearOf(month: string, startMonth: number): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return (monthNumber ?? 1) >= startMonth ? (year ?? 0) : (year ?? 0) - 1;
}

/** How a fiscal year is named: `FY 2026` when it is a calendar year, else `FY 2026–27`. */
export function fiscalYearLabel(fiscalYear: number, startMonth: number): string {
  return startMonth === 1 ? `FY ${fiscalYear}` : `FY ${fiscalYear}–${String((fiscalYear + 1) % 100).padStart(2, '0')}`;
}

/** A `YYYY-MM-DD` date plus whole days. @example addDays('2026-09-09', 30) // '2026-10-09' */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Analysis status of a version: `done` with an analysis; `due` when released and `today` (`YYYY-MM-DD`)
 * is on or after releaseDate + dueDays; else `not-due` (unreleased, undated, or not yet due).
 */
export function analysisStatusOf(
  version: { released: boolean; releaseDate: string | null },
  hasAnalysis: boolean,
  dueDays: number,
  today: string,
): AnalysisStatus {
  if (hasAnalysis) return 'done';
  if (!version.released || version.releaseDate === null) return 'not-due';
  return today >= addDays(version.releaseDate, dueDays) ? 'due' : 'not-due';
}
