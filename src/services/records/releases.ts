import type { JiraClient } from '../../jira/client';
import type { JiraVersion } from '../../jira/models';
import { getProjectVersions } from '../../jira/platform';
import { addDays, analysisStatusOf, type ReleaseAnalysis, type ReleaseRow } from '../../shared/records';
import type { WorkloadByBucket } from '../../shared/figures';
import type { Audit, RecordStores } from '../../storage/stores';
import { emptyWorkload } from '../../domain/workload';
import { requireProjectVersion } from './jiraChecks';
import { settingsOf } from './profile';
import type { AnalysisSave } from './schemas';
import { shippedByVersion } from './shipped';

/** A version with what shipped in it, its analysis, and whether one is due (`analysisStatusOf`) as of `today` (`YYYY-MM-DD`, UTC). */
export function releaseRow(version: JiraVersion, analysis: ReleaseAnalysis | undefined, shipped: WorkloadByBucket, dueDays: number, today: string): ReleaseRow {
  const released = version.released === true;
  const releaseDate = version.releaseDate ?? null;
  return {
    versionId: version.id,
    name: version.name,
    description: version.description,
    releaseDate,
    released,
    archived: version.archived === true,
    dueDate: released && releaseDate !== null ? addDays(releaseDate, dueDays) : null,
    analysisStatus: analysisStatusOf({ released, releaseDate }, analysis !== undefined, dueDays, today),
    analysis,
    shipped,
  };
}

/** The calendar date of `now` (UTC) that release analyses fall due against. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Newest release first; undated versions (usually not yet planned) on top. */
function byReleaseDateDescending(a: ReleaseRow, b: ReleaseRow): number {
  return (b.releaseDate ?? '9999-99-99').localeCompare(a.releaseDate ?? '9999-99-99') || a.name.localeCompare(b.name);
}

export interface ReleaseList {
  items: ReleaseRow[];
  analysisDueDays: number;
}

/** Every version of the project with its analysis status, from Jira's versions and the stored analyses. */
export async function listReleases(jira: JiraClient, stores: RecordStores, projectKey: string, now: Date): Promise<ReleaseList> {
  const [versions, analyses, profile, shipped] = await Promise.all([
    getProjectVersions(jira, projectKey),
    stores.analyses.list(projectKey),
    stores.profiles.get(projectKey),
    shippedByVersion(jira, projectKey),
  ]);
  const { analysisDueDays } = settingsOf(profile);
  const byVersion = new Map(analyses.map((analysis) => [analysis.versionId, analysis]));
  const items = versions.map((version) =>
    releaseRow(version, byVersion.get(version.id), shipped.get(version.id) ?? emptyWorkload(), analysisDueDays, todayOf(now)),
  );
  return { items: items.sort(byReleaseDateDescending), analysisDueDays };
}

/** Saves the impact analysis of one of the project's released versions; answers its release row. */
export async function saveAnalysis(
  jira: JiraClient,
  stores: RecordStores,
  projectKey: string,
  input: AnalysisSave,
  audit: Audit,
  now: Date,
): Promise<ReleaseRow> {
  const [version, profile] = await Promise.all([
    requireProjectVersion(jira, projectKey, input.versionId, 'analysis.versionId', true),
    stores.profiles.get(projectKey),
  ]);
  const { analysisDate, expectedOutcomes, analysis, verdict, links } = input;
  const saved = await stores.analyses.save(projectKey, version.id, { analysisDate, expectedOutcomes, analysis, verdict, links }, input.version, audit);
  const shipped = (await shippedByVersion(jira, projectKey, version.id)).get(version.id) ?? emptyWorkload();
  return releaseRow(version, saved, shipped, settingsOf(profile).analysisDueDays, todayOf(now));
}
