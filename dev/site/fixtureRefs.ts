import type { FixtureIssue, SiteFixture } from './fixtureSchema';

/**
 * Cross-reference checks the schema cannot express: every id a fixture names must exist in it, and
 * ids and keys must be unique. Each check returns the first problem as `path: what is wrong`, or null.
 */
type Check = (fixture: SiteFixture) => string | null;

const SPRINT_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';

function firstDuplicate<T>(items: readonly T[], name: string, keyOf: (item: T) => string | number): string | null {
  const seen = new Set<string | number>();
  for (const [index, item] of items.entries()) {
    const key = keyOf(item);
    if (seen.has(key)) return `${name}[${index}]: duplicate ${JSON.stringify(key)}`;
    seen.add(key);
  }
  return null;
}

const uniqueIds: Check = (f) =>
  firstDuplicate(f.statuses, 'statuses', (s) => s.id) ??
  firstDuplicate(f.issueTypes, 'issueTypes', (t) => t.id) ??
  firstDuplicate(f.fields, 'fields', (x) => x.id) ??
  firstDuplicate(f.users, 'users', (u) => u.accountId) ??
  firstDuplicate(f.projects, 'projects', (p) => p.id) ??
  firstDuplicate(f.projects, 'projects', (p) => p.key) ??
  firstDuplicate(f.versions, 'versions', (v) => v.id) ??
  firstDuplicate(f.boards, 'boards', (b) => b.id) ??
  firstDuplicate(f.sprints, 'sprints', (s) => s.id) ??
  firstDuplicate(f.issueSecurityLevels, 'issueSecurityLevels', (l) => l.id) ??
  firstDuplicate(f.issues, 'issues', (i) => i.id) ??
  firstDuplicate(f.issues, 'issues', (i) => i.key);

const usersNameProjects: Check = (f) => {
  const keys = new Set(f.projects.map((p) => p.key));
  for (const [index, user] of f.users.entries()) {
    const unknown = Object.keys(user.permissions).find((key) => !keys.has(key));
    if (unknown !== undefined) return `users[${index}].permissions.${unknown}: project ${unknown} is not in projects`;
  }
  return null;
};

const usersNameLevels: Check = (f) => {
  const ids = new Set(f.issueSecurityLevels.map((l) => l.id));
  for (const [index, user] of f.users.entries()) {
    const at = user.issueSecurityLevels.findIndex((id) => !ids.has(id));
    if (at >= 0)
      return `users[${index}].issueSecurityLevels[${at}]: user ${user.accountId} holds security level ${String(user.issueSecurityLevels[at])}, which is not in issueSecurityLevels`;
  }
  return null;
};

/** A level the site lacks would hide the issue from everyone, which is never what the fixture meant. */
const issuesNameLevels: Check = (f) => {
  const names = new Map(f.issueSecurityLevels.map((l) => [l.id, l.name]));
  for (const [index, issue] of f.issues.entries()) {
    const security = issue.fields.security;
    if (!security) continue;
    const name = names.get(security.id);
    const where = `issues[${index}].fields.security`;
    if (name === undefined) return `${where}.id: issue ${issue.key} names security level ${security.id}, which is not in issueSecurityLevels`;
    if (name !== security.name)
      return `${where}.name: issue ${issue.key} names security level ${security.id} "${security.name}", but the level is called "${name}"`;
  }
  return null;
};

const versionsNameProjects: Check = (f) => {
  const ids = new Set(f.projects.map((p) => p.id));
  const index = f.versions.findIndex((v) => !ids.has(v.projectId));
  const version = f.versions[index];
  return version ? `versions[${index}].projectId: project ${version.projectId} is not in projects` : null;
};

function columnProblem(columns: readonly { statuses: readonly { id: string }[] }[], statusIds: ReadonlySet<string>): string | null {
  for (const [index, column] of columns.entries()) {
    const at = column.statuses.findIndex((s) => !statusIds.has(s.id));
    if (at >= 0) return `[${index}].statuses[${at}].id: status ${String(column.statuses[at]?.id)} is not in statuses`;
  }
  return null;
}

const boardsNameProjects: Check = (f) => {
  const fieldIds = new Set(f.fields.map((x) => x.id));
  const statusIds = new Set(f.statuses.map((s) => s.id));
  for (const [index, board] of f.boards.entries()) {
    const project = f.projects.find((p) => p.key === board.location.projectKey);
    if (!project) return `boards[${index}].location.projectKey: project ${board.location.projectKey} is not in projects`;
    if (project.id !== board.location.projectId) {
      return `boards[${index}].location.projectId: expected ${project.id} (the id of ${project.key}), got ${board.location.projectId}`;
    }
    const fieldId = board.estimation.field?.fieldId;
    if (fieldId !== undefined && !fieldIds.has(fieldId)) return `boards[${index}].estimation.field.fieldId: field ${fieldId} is not in fields`;
    const column = columnProblem(board.columnConfig?.columns ?? [], statusIds);
    if (column !== null) return `boards[${index}].columnConfig.columns${column}`;
  }
  return null;
};

const sprintsNameBoards: Check = (f) => {
  const ids = new Set(f.boards.map((b) => b.id));
  const index = f.sprints.findIndex((s) => !ids.has(s.originBoardId));
  const sprint = f.sprints[index];
  return sprint ? `sprints[${index}].originBoardId: board ${sprint.originBoardId} is not in boards` : null;
};

interface IssueRefs {
  projects: Map<string, string>;
  statuses: Set<string>;
  issueTypes: Set<string>;
  versions: Set<string>;
  sprints: Set<number>;
  issueKeys: Set<string>;
  sprintFieldId: string | undefined;
}

function issueProblem(issue: FixtureIssue, refs: IssueRefs): string | null {
  const { project, status, issuetype, parent, fixVersions } = issue.fields;
  const projectKey = refs.projects.get(project.id);
  if (projectKey === undefined) return `fields.project: project ${project.id} is not in projects`;
  if (projectKey !== project.key) return `fields.project.key: expected ${projectKey}, got ${project.key}`;
  if (!refs.statuses.has(status.id)) return `fields.status.id: status ${status.id} is not in statuses`;
  if (!refs.issueTypes.has(issuetype.id)) return `fields.issuetype.id: issue type ${issuetype.id} is not in issueTypes`;
  if (parent && !refs.issueKeys.has(parent.key)) return `fields.parent.key: issue ${parent.key} is not in issues`;
  const version = fixVersions.findIndex((v) => !refs.versions.has(v.id));
  if (version >= 0) return `fields.fixVersions[${version}].id: version ${String(fixVersions[version]?.id)} is not in versions`;
  return refs.sprintFieldId === undefined ? null : sprintValueProblem(issue.fields[refs.sprintFieldId], refs.sprintFieldId, refs);
}

function sprintValueProblem(value: unknown, sprintFieldId: string, refs: IssueRefs): string | null {
  const where = `fields.${sprintFieldId}`;
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return `${where}: expected an array of sprints or null`;
  for (const [index, sprint] of (value as unknown[]).entries()) {
    const id: unknown = typeof sprint === 'object' && sprint !== null && 'id' in sprint ? sprint.id : undefined;
    if (typeof id !== 'number') return `${where}[${index}].id: expected a sprint id (number)`;
    if (!refs.sprints.has(id)) return `${where}[${index}].id: sprint ${id} is not in sprints`;
  }
  return null;
}

const issuesNameThings: Check = (f) => {
  const refs: IssueRefs = {
    projects: new Map(f.projects.map((p) => [p.id, p.key])),
    statuses: new Set(f.statuses.map((s) => s.id)),
    issueTypes: new Set(f.issueTypes.map((t) => t.id)),
    versions: new Set(f.versions.map((v) => v.id)),
    sprints: new Set(f.sprints.map((s) => s.id)),
    issueKeys: new Set(f.issues.map((i) => i.key)),
    sprintFieldId: f.fields.find((x) => x.schema?.custom === SPRINT_FIELD_TYPE)?.id,
  };
  for (const [index, issue] of f.issues.entries()) {
    const problem = issueProblem(issue, refs);
    if (problem !== null) return `issues[${index}].${problem}`;
  }
  return null;
};

const CHECKS: readonly Check[] = [
  uniqueIds,
  usersNameProjects,
  usersNameLevels,
  issuesNameLevels,
  versionsNameProjects,
  boardsNameProjects,
  sprintsNameBoards,
  issuesNameThings,
];

/** The first broken reference in a schema-valid fixture, or null when all hold. */
export function checkReferences(fixture: SiteFixture): string | null {
  for (const check of CHECKS) {
    const problem = check(fixture);
    if (problem !== null) return problem;
  }
  return null;
}
