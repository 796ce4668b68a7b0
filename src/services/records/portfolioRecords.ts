import type { JiraClient } from '../../jira/client';
import { searchProjects, getProjectVersions } from '../../jira/platform';
import { mapConcurrent } from '../../jira/limiter';
import type { PortfolioRecordRow } from '../../shared/api';
import { recordFigures, type ProductRecords } from '../../domain/review';
import type { RoadmapItem } from '../../shared/records';
import type { RecordStores } from '../../storage/stores';
import type { JiraVersion } from '../../jira/models';
import { settingsOf } from './profile';
import { todayOf } from './releases';
import { readOrUnreadable } from './unreadable';

/** Projects read at once: each costs a Jira request and a few storage reads. */
const PROJECTS_IN_FLIGHT = 4;

/** Roadmap milestones that need attention, and how many there are in all. */
export function roadmapHighlights(items: readonly RoadmapItem[]): PortfolioRecordRow['roadmap'] {
  return {
    total: items.length,
    atRisk: items.filter((item) => item.status === 'at-risk').length,
    missed: items.filter((item) => item.status === 'missed').length,
    delivered: items.filter((item) => item.status === 'delivered').length,
  };
}

/** Jira's versions as the review's records read them (a version Jira does not call released is not). */
function releaseVersionsOf(versions: readonly JiraVersion[]): ProductRecords['versions'] {
  return versions.map((version) => ({ id: version.id, name: version.name, released: version.released === true, releaseDate: version.releaseDate ?? null }));
}

async function projectRow(jira: JiraClient, stores: RecordStores, project: { key: string; name: string }, today: string): Promise<PortfolioRecordRow> {
  const [risks, items, analyses, profile, versions] = await Promise.all([
    stores.risks.list(project.key),
    stores.roadmap.list(project.key),
    stores.analyses.list(project.key),
    stores.profiles.get(project.key),
    getProjectVersions(jira, project.key),
  ]);
  const { analysisDueDays, riskAppetite } = settingsOf(profile);
  // The open risks by band and the analyses due are the Portfolio review's own (recordFigures), so the two keys cannot disagree.
  const figures = recordFigures({ risks, roadmap: items, analyses, versions: releaseVersionsOf(versions), analysisDueDays, riskAppetite, today });
  return { project: project.key, projectName: project.name, openRisks: figures.openRisks, roadmap: roadmapHighlights(items), analysesDue: figures.analysesDue };
}

/** A product whose records cannot be read has no row, so one bad store never blanks the whole review. */
async function readableRow(jira: JiraClient, stores: RecordStores, project: { key: string; name: string }, today: string): Promise<PortfolioRecordRow[]> {
  const row = await readOrUnreadable(`${project.key} is`, () => projectRow(jira, stores, project, today));
  return 'read' in row ? [row.read] : [];
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
