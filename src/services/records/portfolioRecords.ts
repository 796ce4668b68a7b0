import type { JiraClient } from '../../jira/client';
import { searchProjects, getProjectVersions } from '../../jira/platform';
import { mapConcurrent } from '../../jira/limiter';
import type { PortfolioRecordRow } from '../../shared/api';
import { analysisStatusOf, riskBand, riskSeverity, type ReleaseAnalysis, type Risk, type RoadmapItem } from '../../shared/records';
import { UnreadableRecordsError } from '../../storage/recordTable';
import type { RecordStores } from '../../storage/stores';
import type { JiraVersion } from '../../jira/models';
import { settingsOf } from './profile';
import { todayOf } from './releases';

/** Projects read at once: each costs a Jira request and a few storage reads. */
const PROJECTS_IN_FLIGHT = 4;

/** Open risks by band: the register's headline for a monthly review. */
export function openRisksByBand(risks: readonly Risk[]): PortfolioRecordRow['openRisks'] {
  const counts = { low: 0, medium: 0, high: 0 };
  for (const risk of risks) if (risk.status === 'open') counts[riskBand(riskSeverity(risk.likelihood, risk.impact))] += 1;
  return counts;
}

/** Roadmap milestones that need attention, and how many there are in all. */
export function roadmapHighlights(items: readonly RoadmapItem[]): PortfolioRecordRow['roadmap'] {
  return {
    total: items.length,
    atRisk: items.filter((item) => item.status === 'at-risk').length,
    missed: items.filter((item) => item.status === 'missed').length,
    delivered: items.filter((item) => item.status === 'delivered').length,
  };
}

/** Released versions whose impact analysis is past due (`analysisStatusOf`) as of `today`. */
export function analysesDue(versions: readonly JiraVersion[], analyses: readonly ReleaseAnalysis[], dueDays: number, today: string): number {
  const analysed = new Set(analyses.map((analysis) => analysis.versionId));
  return versions.filter(
    (version) =>
      analysisStatusOf({ released: version.released === true, releaseDate: version.releaseDate ?? null }, analysed.has(version.id), dueDays, today) === 'due',
  ).length;
}

async function projectRow(jira: JiraClient, stores: RecordStores, project: { key: string; name: string }, today: string): Promise<PortfolioRecordRow> {
  const [risks, items, analyses, profile, versions] = await Promise.all([
    stores.risks.list(project.key),
    stores.roadmap.list(project.key),
    stores.analyses.list(project.key),
    stores.profiles.get(project.key),
    getProjectVersions(jira, project.key),
  ]);
  return {
    project: project.key,
    projectName: project.name,
    openRisks: openRisksByBand(risks),
    roadmap: roadmapHighlights(items),
    analysesDue: analysesDue(versions, analyses, settingsOf(profile).analysisDueDays, today),
  };
}

/** A product whose records cannot be read has no row, so one bad store never blanks the whole review; the log names it. */
async function readableRow(jira: JiraClient, stores: RecordStores, project: { key: string; name: string }, today: string): Promise<PortfolioRecordRow[]> {
  try {
    return [await projectRow(jira, stores, project, today)];
  } catch (error) {
    if (!(error instanceof UnreadableRecordsError)) throw error;
    console.error(`Portfolio review: ${project.key} is left out; ${error.message}`);
    return [];
  }
}

/**
 * The Portfolio review's record highlights: per product the viewer may browse (only those: the project
 * list comes from Jira as the viewer, so stored records of other projects are never read), open risks
 * by band, roadmap milestones at risk or missed, and release analyses past due.
 */
export async function portfolioRecords(jira: JiraClient, stores: RecordStores, now: Date): Promise<{ products: PortfolioRecordRow[] }> {
  const projects = await searchProjects(jira);
  const today = todayOf(now);
  const rows = await mapConcurrent(projects, PROJECTS_IN_FLIGHT, (project) => readableRow(jira, stores, project, today));
  return { products: rows.flat() };
}
