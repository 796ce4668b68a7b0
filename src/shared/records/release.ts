import type { WorkloadByBucket } from '../figures';
import type { StoredRecord } from './stored';

/** Release impact analyses: one per released version, and when each falls due. */

export const VERDICTS = ['achieved', 'partly-achieved', 'not-achieved', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const ANALYSIS_STATUSES = ['done', 'due', 'not-due'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

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
