import type { RecordApi, ReleaseAnalysis, ReleaseRow, Verdict } from '../../../../src/shared/records';
import type { Option } from '../../../common/recordForm';
import { VERDICT_CHOICES } from './releaseTerms';

export interface AnalysisFormValues {
  analysisDate: string;
  expectedOutcomes: string;
  analysis: string;
  verdict: Option<Verdict> | null;
  links: string;
}

export const ANALYSIS_FIELDS = ['analysisDate', 'expectedOutcomes', 'analysis', 'verdict', 'links'] as const;

export function analysisValues(analysis: ReleaseAnalysis | undefined, today: string): AnalysisFormValues {
  return {
    analysisDate: analysis?.analysisDate ?? today,
    expectedOutcomes: analysis?.expectedOutcomes ?? '',
    analysis: analysis?.analysis ?? '',
    verdict: VERDICT_CHOICES.find((choice) => choice.value === analysis?.verdict) ?? null,
    links: analysis?.links.join('\n') ?? '',
  };
}

export function parseLinks(text: string): string[] {
  return text
    .split(/\s+/)
    .map((link) => link.trim())
    .filter((link) => link !== '');
}

/** Mirrors the server: at most 10 links, each an http(s) address of at most 500 characters. */
export function validateLinks(text: string | undefined): string | undefined {
  const links = parseLinks(text ?? '');
  if (links.length > 10) return 'At most 10 links';
  const bad = links.find((link) => !/^https?:\/\/[^\s]+$/.test(link) || link.length > 500);
  return bad === undefined ? undefined : `'${bad}' is not a web link starting with http:// or https://`;
}

type AnalysisPayload = RecordApi['releases/saveAnalysis']['payload']['analysis'];

export function analysisPayload(values: AnalysisFormValues, release: ReleaseRow, editing: ReleaseAnalysis | undefined): AnalysisPayload | null {
  if (values.verdict === null) return null;
  return {
    versionId: release.versionId,
    ...(editing ? { version: editing.version } : {}),
    analysisDate: values.analysisDate,
    expectedOutcomes: values.expectedOutcomes.trim(),
    analysis: values.analysis.trim(),
    verdict: values.verdict.value,
    links: parseLinks(values.links),
  };
}

function isStoredAnalysis(value: unknown): value is ReleaseAnalysis {
  if (typeof value !== 'object' || value === null) return false;
  const fields: Partial<Record<keyof ReleaseAnalysis, unknown>> = value;
  return typeof fields.versionId === 'string' && typeof fields.version === 'number' && typeof fields.verdict === 'string' && Array.isArray(fields.links);
}

/** The stored analysis a CONFLICT answer carries, when it is one. */
export function storedAnalysisOf(value: unknown): ReleaseAnalysis | null {
  return isStoredAnalysis(value) ? value : null;
}
