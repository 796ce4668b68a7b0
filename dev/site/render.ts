import type { FixtureBoard, FixtureIssueType, FixtureProject, FixtureSprint, FixtureStatus, FixtureUser, FixtureVersion } from './fixture';
import { STATUS_CATEGORIES } from './jiraConstants';
import type { SiteView } from './siteView';
import { parseInstant } from './time';

/**
 * Jira's response shapes for the site's things, with only the keys the fixture can back: nothing is
 * invented, and optional values the fixture lacks are left out rather than sent as null.
 */
type Json = Record<string, unknown>;

/** Copies the entries whose value is neither undefined nor null. */
export function compact(entries: Json): Json {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined && value !== null));
}

/** `accountType` is `app` for the app's own identity, as Jira answers `myself` for an app. */
export function userBean(user: FixtureUser, baseUrl: string, accountType: 'atlassian' | 'app' = 'atlassian'): Json {
  return compact({
    self: `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
    accountId: user.accountId,
    accountType,
    emailAddress: user.emailAddress,
    displayName: user.displayName,
    active: true,
    timeZone: user.timeZone,
  });
}

export function statusBean(status: FixtureStatus, baseUrl: string): Json {
  const category = STATUS_CATEGORIES.find((c) => c.key === status.statusCategory.key);
  return {
    self: `${baseUrl}/rest/api/3/status/${status.id}`,
    id: status.id,
    name: status.name,
    statusCategory: compact({
      self: category ? `${baseUrl}/rest/api/3/statuscategory/${category.id}` : undefined,
      id: category?.id,
      key: status.statusCategory.key,
      colorName: category?.colorName,
      name: status.statusCategory.name,
    }),
  };
}

export function projectBean(project: FixtureProject, baseUrl: string): Json {
  return {
    self: `${baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: project.style === 'next-gen',
    style: project.style,
  };
}

export function issueTypeBean(type: FixtureIssueType, baseUrl: string): Json {
  return {
    self: `${baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    name: type.name,
    subtask: type.subtask,
    hierarchyLevel: type.hierarchyLevel,
  };
}

/** `GET /project/{key}`: the project with its issue types and versions. */
export function fullProjectBean(project: FixtureProject, view: SiteView, baseUrl: string): Json {
  return {
    ...projectBean(project, baseUrl),
    issueTypes: view.fixture.issueTypes.map((type) => issueTypeBean(type, baseUrl)),
    versions: view.versions(project.id).map((version) => versionBean(version, view, baseUrl)),
  };
}

/** `YYYY-MM-DD` of an instant in a time zone. */
function siteDate(instant: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return format.format(new Date(parseInstant(instant) ?? 0));
}

/** Jira marks an unreleased version overdue once its release date has passed. */
export function versionBean(version: FixtureVersion, view: SiteView, baseUrl: string): Json {
  const today = siteDate(view.fixture.now, view.fixture.timeZone);
  const overdue = version.released || !version.releaseDate ? undefined : version.releaseDate < today;
  return compact({
    self: `${baseUrl}/rest/api/3/version/${version.id}`,
    id: version.id,
    name: version.name,
    description: version.description,
    archived: version.archived,
    released: version.released,
    startDate: version.startDate,
    releaseDate: version.releaseDate,
    overdue,
    projectId: Number(version.projectId),
  });
}

export function boardBean(board: FixtureBoard, project: FixtureProject, baseUrl: string): Json {
  const displayName = `${project.name} (${project.key})`;
  return {
    id: board.id,
    self: `${baseUrl}/rest/agile/1.0/board/${board.id}`,
    name: board.name,
    type: board.type,
    location: {
      projectId: Number(project.id),
      projectKey: project.key,
      projectName: project.name,
      displayName,
      projectTypeKey: project.projectTypeKey,
      name: displayName,
    },
  };
}

export function sprintBean(sprint: FixtureSprint, baseUrl: string): Json {
  return compact({
    id: sprint.id,
    self: `${baseUrl}/rest/agile/1.0/sprint/${sprint.id}`,
    state: sprint.state,
    name: sprint.name,
    startDate: sprint.startDate,
    endDate: sprint.endDate,
    completeDate: sprint.completeDate,
    originBoardId: sprint.originBoardId,
    goal: sprint.goal,
  });
}
