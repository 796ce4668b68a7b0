/**
 * Turns the simulation's state into a `site-fixture/1` document: issue ids and keys in creation
 * order, fields as Jira returns them, changelog histories numbered site-wide in time order.
 */
import { DECOY_POINTS_FIELD, FIELDS, ISSUE_TYPES, SPRINT_FIELD, STATUSES, STORY_POINTS_FIELD, STORY_POINTS_NAME, WORK_TYPE_PROPERTY } from './catalogue';
import { historiesOf, type PendingHistory } from './changelog';
import type { BoardJson, HistoryJson, IssueFieldsJson, IssueJson, SiteFixtureJson, SprintJson, VersionJson } from './fixture-types';
import type { SimBoard, SimIssue, SimSprint } from './model';
import type { SimSite } from './simulate';
import { buildIssueRefs, type IssueRef } from './issue-refs';
import { jiraInstant } from './time';

interface WriteContext {
  site: SimSite;
  refs: ReadonlyMap<SimIssue, IssueRef>;
  sprints: ReadonlyMap<number, SimSprint>;
  versions: ReadonlyMap<string, VersionJson>;
}

function refOf(context: WriteContext, issue: SimIssue): IssueRef {
  const ref = context.refs.get(issue);
  if (ref === undefined) throw new Error(`fixture writer: issue ${issue.uid} has no id`);
  return ref;
}

function sprintRefs(context: WriteContext, ids: readonly number[]): IssueFieldsJson[typeof SPRINT_FIELD] {
  if (ids.length === 0) return null;
  return ids.flatMap((id) => {
    const s = context.sprints.get(id);
    return s === undefined ? [] : [{ id, name: s.name, state: s.state, boardId: s.boardId }];
  });
}

function fieldsOf(context: WriteContext, issue: SimIssue, histories: readonly PendingHistory[]): IssueFieldsJson {
  const project = context.site.projects[issue.projectIndex];
  const version = issue.fixVersionId === null ? undefined : context.versions.get(issue.fixVersionId);
  const updated = Math.max(issue.created, histories[histories.length - 1]?.created ?? issue.created);
  const fields: IssueFieldsJson = {
    summary: issue.summary,
    issuetype: ISSUE_TYPES[issue.kind],
    project: { id: project?.id ?? '', key: project?.product.key ?? '', name: project?.product.name ?? '' },
    status: STATUSES[issue.status],
    labels: [...issue.labels],
    created: jiraInstant(issue.created),
    updated: jiraInstant(updated),
    resolutiondate: issue.resolvedAt === null ? null : jiraInstant(issue.resolvedAt),
    fixVersions: version === undefined ? [] : [{ id: version.id, name: version.name, released: version.released, releaseDate: version.releaseDate }],
    [STORY_POINTS_FIELD]: issue.estimate,
    [SPRINT_FIELD]: sprintRefs(context, issue.sprints),
    [DECOY_POINTS_FIELD]: issue.legacyPoints,
  };
  const level = context.site.securityLevels.find((l) => l.id === issue.security);
  if (level !== undefined) fields.security = { id: level.id, name: level.name };
  if (issue.parent !== null) {
    const parent = refOf(context, issue.parent);
    fields.parent = {
      id: parent.id,
      key: parent.key,
      fields: { summary: issue.parent.summary, status: STATUSES[issue.parent.status], issuetype: ISSUE_TYPES[issue.parent.kind] },
    };
  }
  return fields;
}

function propertiesOf(issue: SimIssue): IssueJson['properties'] {
  return issue.property === null ? {} : { [WORK_TYPE_PROPERTY]: { workType: issue.property } };
}

/** Issues in project order then key order, with histories numbered site-wide by time. */
function writeIssues(context: WriteContext, ordered: readonly SimIssue[]): IssueJson[] {
  const pending = ordered.map((issue) => historiesOf(issue, context.sprints));
  const all = pending.flatMap((list, i) => list.map((h, n) => ({ h, i, n })));
  all.sort((a, b) => a.h.created - b.h.created || a.i - b.i || a.n - b.n);
  const ids = new Map<PendingHistory, string>(all.map(({ h }, n) => [h, String(100001 + n)]));
  return ordered.map((issue, i): IssueJson => {
    const histories = pending[i] ?? [];
    const changelog: HistoryJson[] = histories.map((h) => ({ id: ids.get(h) ?? '', created: jiraInstant(h.created), items: h.items }));
    const ref = refOf(context, issue);
    return { id: ref.id, key: ref.key, fields: fieldsOf(context, issue, histories), properties: propertiesOf(issue), changelog };
  });
}

function sprintJson(s: SimSprint): SprintJson {
  const dated = s.start === null || s.end === null ? {} : { startDate: jiraInstant(s.start), endDate: jiraInstant(s.end) };
  return {
    id: s.id,
    self: `/rest/agile/1.0/sprint/${s.id}`,
    originBoardId: s.boardId,
    name: s.name,
    state: s.state,
    ...dated,
    goal: s.goal,
    ...(s.complete === null ? {} : { completeDate: jiraInstant(s.complete) }),
  };
}

function boardJson(site: SimSite, board: SimBoard): BoardJson {
  const project = site.projects[board.projectIndex];
  if (project === undefined) throw new Error(`fixture writer: board ${board.id} has no project`);
  const json: BoardJson = {
    id: board.id,
    name: board.name,
    type: board.type,
    location: { projectKey: project.product.key, projectId: project.id },
    estimation: { type: 'field', field: { fieldId: STORY_POINTS_FIELD, displayName: STORY_POINTS_NAME } },
  };
  if (board.columnConfig !== null) {
    json.columnConfig = { columns: board.columnConfig.map((c) => ({ name: c.name, statuses: c.statuses.map((s) => ({ id: STATUSES[s].id })) })) };
  }
  if (board.filterProjects.length > 1) {
    const keys = board.filterProjects.map((index) => site.projects[index]?.product.key ?? '');
    json.filter = { id: String(10400 + board.id), name: `Filter for ${board.name}`, jql: `project in (${keys.join(', ')}) ORDER BY Rank ASC` };
  }
  return json;
}

/** The fixture document for the simulated site. */
export function writeFixture(site: SimSite): SiteFixtureJson {
  const { refs, ordered } = buildIssueRefs(site.projects);
  const allSprints = [...site.sprints.values()].flat();
  const context: WriteContext = { site, refs, sprints: new Map(allSprints.map((s) => [s.id, s])), versions: new Map(site.versions.map((v) => [v.id, v])) };
  return {
    format: 'site-fixture/1',
    seed: site.options.seed,
    now: jiraInstant(site.options.now),
    timeZone: site.options.timeZone,
    statuses: Object.values(STATUSES),
    issueTypes: Object.values(ISSUE_TYPES),
    fields: [...FIELDS],
    users: site.users,
    ...(site.securityLevels.length === 0 ? {} : { issueSecurityLevels: site.securityLevels }),
    projects: site.projects.map((p) => ({
      id: p.id,
      key: p.product.key,
      name: p.product.name,
      projectTypeKey: 'software',
      style: 'classic',
    })),
    versions: site.versions,
    boards: site.boards.map((b) => boardJson(site, b)),
    sprints: allSprints.map(sprintJson),
    issues: writeIssues(context, ordered),
  };
}
