import type { JiraClient } from '../jira/client';
import { jqlString } from '../jira/jql';
import { JiraNotFoundError } from '../jira/errors';
import type { JiraBoard, JiraProject, SearchIssue } from '../jira/models';
import { getIssue, getProjectVersions, searchProjects } from '../jira/platform';
import { collectPages } from '../jira/pagination';
import { SEARCH_PAGE_SIZE, searchIssueIds, searchIssuePages } from '../jira/search';
import { WORK_TYPE_PROPERTY_KEY } from '../shared/workTypes';
import { boardHolds, pointFieldOf, scopeProjects, type IssueFacts, type ProjectFacts } from '../domain/facts';
import type { ReleaseVersion } from '../domain/delivery';
import { EPIC_LEVEL, STANDARD_LEVEL } from '../domain/issue';
import { loadBoardsByProject, type ProjectBoard } from './boards';
import { ChangelogCollector } from './changelogs';
import { BASE_FIELDS, toIssueFacts } from './issueFacts';
import { loadSiteContext, type SiteContext } from './siteContext';

/**
 * How issues are read: page after page (the fewest requests: a background build has time), or ids
 * first and then batches of 100 in parallel (a live read that must fit a resolver's 25 s).
 */
export type IssueReading = 'pages' | 'ids-then-batches';

/** What a load may already know (a refresh gets the site and the boards from the daily fan-out). */
export interface KnownContext {
  site?: SiteContext;
  boards?: readonly JiraBoard[];
  reading?: IssueReading;
}

export interface FieldPlan {
  searchFields: string[];
  changelogFields: string[];
  estimationFields: string[];
}

export function planFields(site: SiteContext, storyPointFields: readonly (string | null)[], boards: readonly ProjectBoard[]): FieldPlan {
  const estimationFields = [...new Set(boards.flatMap((board) => (board.estimationFieldId ? [board.estimationFieldId] : [])))];
  const pointFields = storyPointFields.filter((field): field is string => field !== null);
  const sprint = site.sprintFieldId === null ? [] : [site.sprintFieldId];
  return {
    searchFields: [...new Set([...BASE_FIELDS, ...sprint, ...estimationFields, ...pointFields])],
    changelogFields: [...new Set([...sprint, 'status', ...estimationFields])],
    estimationFields,
  };
}

/** Issues read per search request when their ids are known: Jira's page size with fields. */
const ISSUES_PER_BATCH = SEARCH_PAGE_SIZE;

/**
 * The epics and standard issues of `projectKeys` and the issues `issueIds` names, read as `reading`
 * says: page after page with their fields (a background build), or their ids first (5000 a page, one
 * query for all the projects) and then their fields in batches of 100 in parallel, so a live read of a
 * large site fits a 25 s resolver. Standard issues go to the changelog collector as they arrive.
 */
async function loadIssues(
  jira: JiraClient,
  wanted: { projectKeys: readonly string[]; issueIds: readonly string[] },
  toFacts: (issue: SearchIssue) => IssueFacts,
  changelogs: ChangelogCollector,
  plan: FieldPlan,
  reading: IssueReading,
): Promise<IssueFacts[]> {
  const collect = (records: IssueFacts[]): IssueFacts[] => {
    changelogs.add(records.filter((record) => record.issue.hierarchyLevel === STANDARD_LEVEL).map((record) => record.issue.id));
    return records;
  };
  const search = (jql: string) => ({ jql, fields: plan.searchFields, properties: [WORK_TYPE_PROPERTY_KEY] });
  const projectJql =
    wanted.projectKeys.length === 0
      ? null
      : `project in (${wanted.projectKeys.map(jqlString).join(', ')}) AND issuetype in standardIssueTypes() ORDER BY id ASC`;
  const records: IssueFacts[] = [];
  if (reading === 'pages' && projectJql !== null) {
    for await (const page of searchIssuePages(jira, search(projectJql))) records.push(...collect(page.map(toFacts)));
  }
  const ids = reading === 'pages' || projectJql === null ? [] : await searchIssueIds(jira, projectJql);
  const seen = new Set([...ids, ...records.map((record) => record.issue.id)]);
  const byId = [...ids, ...wanted.issueIds.filter((id) => !seen.has(id))];
  const batches: string[][] = [];
  for (let start = 0; start < byId.length; start += ISSUES_PER_BATCH) batches.push(byId.slice(start, start + ISSUES_PER_BATCH));
  const pages = await Promise.all(
    batches.map(async (batch) => collect((await collectPages(searchIssuePages(jira, search(`id in (${batch.join(', ')}) ORDER BY id ASC`)))).map(toFacts))),
  );
  return [...records, ...pages.flat()];
}

/**
 * Epics of other projects that the products' own issues belong to (`own`, filtered from `records`),
 * unless `records` has them already: fetched one by one (rare), skipped when not visible. Other
 * projects' issues a board holds count in velocity only, so their epics are not needed.
 */
export async function loadForeignEpics(
  jira: JiraClient,
  records: readonly IssueFacts[],
  plan: Pick<FieldPlan, 'searchFields'>,
  site: SiteContext,
  own: (record: IssueFacts) => boolean,
): Promise<IssueFacts[]> {
  const known = new Set(records.map((record) => record.issue.key));
  const missing = new Set(
    records.filter(own).flatMap(({ issue }) => (issue.parent?.hierarchyLevel === EPIC_LEVEL && !known.has(issue.parent.key) ? [issue.parent.key] : [])),
  );
  const found = await Promise.all(
    [...missing].map((key) =>
      getIssue(jira, key, plan.searchFields, [WORK_TYPE_PROPERTY_KEY]).catch((error: unknown) => {
        if (error instanceof JiraNotFoundError) return null;
        throw error;
      }),
    ),
  );
  const fieldIds = { storyPointsOf: () => null, sprint: site.sprintFieldId, estimation: [] };
  return found.flatMap((issue) => (issue === null ? [] : [toIssueFacts(issue, fieldIds)]));
}

/**
 * Everything the figures of `projects` are computed from, read as the caller (the viewer live, or the
 * app for a snapshot): site context and boards with sprints (unless `known` has them), the projects'
 * epics and standard issues, and the standard issues' changelogs (in calls of 1000 issues across projects).
 */
export async function loadProjectFacts(
  jira: JiraClient,
  projects: readonly Pick<JiraProject, 'key' | 'name'>[],
  known: KnownContext = {},
): Promise<ProjectFacts[]> {
  const keys = projects.map((project) => project.key);
  const [site, boardsByProject] = await Promise.all([known.site ?? loadSiteContext(jira), loadBoardsByProject(jira, keys, known.boards)]);
  const boardsOf = (key: string): ProjectBoard[] => boardsByProject.get(key) ?? [];
  const allBoards = keys.flatMap(boardsOf);
  const plan = planFields(
    site,
    keys.map((key) => pointFieldOf(boardsOf(key), site)),
    allBoards,
  );
  if (plan.changelogFields.length > 10) throw new Error(`The boards use ${plan.estimationFields.length} estimation fields; at most 8 are supported`);
  const changelogs = new ChangelogCollector(jira, plan.changelogFields, site.fieldNames);
  const storyPointsOf = (key: string): string | null => pointFieldOf(boardsOf(key), site);
  const toFacts = (issue: SearchIssue) => toIssueFacts(issue, { storyPointsOf, sprint: site.sprintFieldId, estimation: plan.estimationFields });
  const wanted = { projectKeys: [...keys, ...(await browsableOthers(jira, scopeProjects(allBoards), keys))], issueIds: queryScopeIds(allBoards) };
  const [issues, versions] = await Promise.all([
    loadIssues(jira, wanted, toFacts, changelogs, plan, known.reading ?? 'ids-then-batches'),
    Promise.all(keys.map((key) => loadReleaseVersions(jira, key))),
  ]);
  const foreignEpics = await loadForeignEpics(jira, issues, plan, site, (record) => keys.includes(record.projectKey));
  const changes = await changelogs.finish();
  for (const record of issues) record.changes = changes.get(record.issue.id) ?? {};
  return projects.map((project, index) => ({
    projectKey: project.key,
    projectName: project.name,
    site,
    boards: boardsOf(project.key),
    issues: issuesOfProduct(project.key, boardsOf(project.key), [...issues, ...foreignEpics]),
    versions: versions[index] ?? [],
  }));
}

/**
 * The other projects boards' filters name that the caller may browse: JQL naming a project the caller
 * may not browse is an error in Jira, and such a project's issues are not theirs to count anyway.
 */
async function browsableOthers(jira: JiraClient, named: readonly string[], own: readonly string[]): Promise<string[]> {
  const others = named.filter((key) => !own.includes(key));
  if (others.length === 0) return [];
  return (await searchProjects(jira, others)).map((project) => project.key).filter((key) => others.includes(key));
}

/** The project's versions as delivery metrics read them (docs/METRICS.md, Delivery metrics). */
export async function loadReleaseVersions(jira: JiraClient, projectKey: string): Promise<ReleaseVersion[]> {
  const versions = await getProjectVersions(jira, projectKey);
  return versions.map((version) => ({ id: version.id, name: version.name, released: version.released === true, releaseDate: version.releaseDate ?? null }));
}

function queryScopeIds(boards: readonly ProjectBoard[]): string[] {
  return [...new Set(boards.flatMap((board) => (board.scope.kind === 'query' ? board.scope.issueIds : [])))];
}

/** A product's facts: its own issues, the epics of other projects they belong to, and other projects' issues its boards hold. */
function issuesOfProduct(projectKey: string, boards: readonly ProjectBoard[], issues: readonly IssueFacts[]): IssueFacts[] {
  const own = issues.filter((record) => record.projectKey === projectKey);
  const parents = new Set(own.flatMap((record) => (record.issue.parent === null ? [] : [record.issue.parent.key])));
  const holds = boards.map((board) => boardHolds(board.scope));
  const onBoards = (record: IssueFacts) => record.issue.hierarchyLevel === STANDARD_LEVEL && holds.some((test) => test(record));
  const others = issues.filter((record) => record.projectKey !== projectKey && (parents.has(record.issue.key) || onBoards(record)));
  const unique = new Map([...own, ...others].map((record) => [record.issue.id, record]));
  return [...unique.values()].sort((a, b) => Number(a.issue.id) - Number(b.issue.id));
}
