import { tz } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import type { BoardFacts, IssueFacts, ProjectFacts } from '../../domain/facts';
import { pointFieldOf, scopeProjects } from '../../domain/facts';
import { STANDARD_LEVEL } from '../../domain/issue';
import { patchFacts } from '../../domain/patchFacts';
import type { JiraClient } from '../../jira/client';
import { jqlString } from '../../jira/jql';
import { collectPages } from '../../jira/pagination';
import { getServerInfo, getStatuses } from '../../jira/platform';
import { searchIssueIds, searchIssuePages } from '../../jira/search';
import { WORK_TYPE_PROPERTY_KEY } from '../../shared/workTypes';
import { loadBoardsByProject, withFreshSprints } from '../boards';
import type { RefreshRequest } from './requests';
import { ChangelogCollector } from '../changelogs';
import { toIssueFacts } from '../issueFacts';
import { loadForeignEpics, loadProjectFacts, loadReleaseVersions, planFields } from '../projectFacts';
import { findProject } from '../rollup';
import { siteClockOf, statusCategoriesOf, type SiteContext } from '../siteContext';

/** Every fact of one project, read as the app (it sees every issue; readers filter per viewer). */
export async function readAllFacts(
  jira: JiraClient,
  projectKey: string,
  known: Pick<RefreshRequest, 'projectName' | 'site' | 'boards'> = {},
  appNow: Date = new Date(),
): Promise<ProjectFacts> {
  const project = known.projectName === undefined ? await findProject(jira, projectKey) : { key: projectKey, name: known.projectName };
  const site = known.site === undefined ? undefined : siteAt(known.site, appNow);
  const boards = known.boards?.map((board) => ({ ...board, location: { projectKey } }));
  const [facts] = await loadProjectFacts(jira, [project], { site, boards, reading: 'pages' });
  if (facts === undefined) throw new Error(`No facts were read for project ${projectKey}`);
  return facts;
}

/**
 * The site as the daily fan-out read it, at Jira's clock now: the app's clock corrected by the offset
 * the fan-out measured against Jira's server time, so a build needs no request for the clock.
 */
export function siteAt(site: NonNullable<RefreshRequest['site']>, appNow: Date): SiteContext {
  const { clockOffsetMs, ...rest } = site;
  return { ...rest, now: format(appNow.getTime() + clockOffsetMs, "yyyy-MM-dd'T'HH:mm:ss.SSSxx", { in: tz('UTC') }) };
}

/** JQL reads `updated` to the minute in the caller's zone: step back a minute so no change is missed. */
const CURSOR_MARGIN_MS = 2 * 60 * 1000;

/** The JQL date of `instant` less the margin, in the site's zone (as the app, Jira reads dates in it). */
export function jqlInstant(instant: string, timeZone: string): string {
  return format(parseISO(instant).getTime() - CURSOR_MARGIN_MS, 'yyyy-MM-dd HH:mm', { in: tz(timeZone) });
}

export interface IncrementalChanges {
  /** Jira's clock when the reading began: the next refresh's cursor. */
  cursor: string;
  facts: ProjectFacts;
}

/**
 * A project's facts brought up to date from `cursor` (Jira's clock when the last refresh began): only
 * the issues updated since, and those issues' changelogs; deleted issues are dropped by id. Boards are
 * read again only when a sprint changed; statuses only when an issue sits in one the facts lack.
 */
export async function readChangedFacts(
  jira: JiraClient,
  facts: ProjectFacts,
  change: { cursor: string } & Pick<RefreshRequest, 'removedIssueIds' | 'touchedIssueIds' | 'boardsChanged' | 'sprintBoardIds'>,
): Promise<IncrementalChanges> {
  const [serverInfo, boards, versions] = await Promise.all([
    getServerInfo(jira),
    boardsAfter(jira, facts, change),
    loadReleaseVersions(jira, facts.projectKey),
  ]);
  const site = { ...facts.site, ...siteClockOf(serverInfo) };
  const plan = planFields(site, [pointFieldOf(boards, site)], boards);
  const since = `updated >= "${jqlInstant(change.cursor, site.timeZone)}"`;
  const touched = change.touchedIssueIds.length === 0 ? since : `(${since} OR id in (${change.touchedIssueIds.join(', ')}))`;
  const jql = `${heldIssues(facts.projectKey, boards)} AND issuetype in standardIssueTypes() AND ${touched} ORDER BY id ASC`;
  const found = await collectPages(searchIssuePages(jira, { jql, fields: plan.searchFields, properties: [WORK_TYPE_PROPERTY_KEY] }));
  const storyPointsOf = (key: string) => pointFieldOf(key === facts.projectKey ? boards : [], site);
  const changed = found.map((issue) => toIssueFacts(issue, { storyPointsOf, sprint: site.sprintFieldId, estimation: plan.estimationFields }));
  const rescoped = await withQueryMembership(jira, boards, changed);
  await attachHistories(jira, changed, plan.changelogFields, site.fieldNames);
  const statusCategories = changed.every((entry) => entry.statusId in site.statusCategories)
    ? site.statusCategories
    : statusCategoriesOf(await getStatuses(jira));
  const patched = patchFacts(
    { ...facts, boards: rescoped, versions, site: { ...site, statusCategories } },
    { changed, removed: change.removedIssueIds, now: site.now },
  );
  const foreign = await loadForeignEpics(jira, patched.issues, plan, site, (entry) => entry.projectKey === facts.projectKey);
  return { cursor: serverInfo.serverTime, facts: foreign.length === 0 ? patched : patchFacts(patched, { changed: foreign, removed: [], now: site.now }) };
}

/** The boards as they are now: all read again, only some boards' sprints, or as they were. */
async function boardsAfter(jira: JiraClient, facts: ProjectFacts, change: Pick<RefreshRequest, 'boardsChanged' | 'sprintBoardIds'>): Promise<BoardFacts[]> {
  const unknownBoard = change.sprintBoardIds.some((id) => !facts.boards.some((board) => board.id === id));
  if (change.boardsChanged || unknownBoard) return (await loadBoardsByProject(jira, [facts.projectKey])).get(facts.projectKey) ?? [];
  return change.sprintBoardIds.length === 0 ? facts.boards : withFreshSprints(jira, facts.boards, change.sprintBoardIds);
}

/** The JQL of the issues a product's facts hold: its own, and those its boards' filters match. */
function heldIssues(projectKey: string, boards: readonly BoardFacts[]): string {
  const projects = [...new Set([projectKey, ...scopeProjects(boards)])].map(jqlString).join(', ');
  const queries = boards.flatMap((board) => (board.scope.kind === 'query' && board.scope.jql !== '' ? [`(${board.scope.jql})`] : []));
  return queries.length === 0 ? `project in (${projects})` : `(project in (${projects}) OR ${queries.join(' OR ')})`;
}

/**
 * Boards whose filter is a query, with the changed issues' membership asked again (a changed issue may
 * now match the filter, or no longer): one search per such board, none for boards holding projects.
 */
async function withQueryMembership(jira: JiraClient, boards: readonly BoardFacts[], changed: readonly IssueFacts[]): Promise<BoardFacts[]> {
  const ids = changed.map((entry) => entry.issue.id);
  if (ids.length === 0) return [...boards];
  return Promise.all(
    boards.map(async (board) => {
      const scope = board.scope;
      if (scope.kind !== 'query') return board;
      const matching = scope.jql === '' ? '' : `(${scope.jql}) AND `;
      const matched = new Set(await searchIssueIds(jira, `${matching}id in (${ids.join(', ')}) ORDER BY id ASC`));
      const kept = scope.issueIds.filter((id) => !ids.includes(id));
      return { ...board, scope: { ...scope, issueIds: [...kept, ...ids.filter((id) => matched.has(id))] } };
    }),
  );
}

async function attachHistories(
  jira: JiraClient,
  issues: IssueFacts[],
  fieldIds: readonly string[],
  fieldNames: Readonly<Record<string, string>>,
): Promise<void> {
  const collector = new ChangelogCollector(jira, fieldIds, fieldNames);
  collector.add(issues.filter((entry) => entry.issue.hierarchyLevel === STANDARD_LEVEL).map((entry) => entry.issue.id));
  const changes = await collector.finish();
  for (const entry of issues) entry.changes = changes.get(entry.issue.id) ?? {};
}
