import type { FieldChange, IssueSnapshot, StatusCategoryKey } from './issue';
import type { ReleaseVersion } from './delivery';
import type { BoardColumn } from './sprintReport';
import type { ClosedSprint } from './velocity';

/**
 * The compact facts every figure of a product is computed from, as plain data: what a snapshot
 * stores, and what a live read as the viewer produces. Every figure is a pure function of these
 * (src/domain/productFigures.ts), so a figure served from a snapshot and one read live agree.
 */

/** One issue: the domain's snapshot of it, the raw current values velocity replays, and its history. */
export interface IssueFacts {
  issue: IssueSnapshot;
  projectKey: string;
  summary: string;
  /** ISO 8601 instant of the issue's creation: where its history starts. */
  created: string;
  statusId: string;
  sprintIds: number[];
  /** Current value of each estimation field read (null when empty), by field id. */
  estimates: Record<string, number | null>;
  /** The versions the issue is fixed in (`fixVersions`), by id. */
  fixVersionIds: string[];
  /** The issue security level's id; null when the issue has none (everyone who may browse sees it). */
  securityLevelId: string | null;
  /** Changes to the replayed fields (status, Sprint, estimation fields), by field id. */
  changes: Record<string, FieldChange[]>;
}

/** An open (active or future) sprint, for planning views. */
export interface OpenSprintFacts {
  id: number;
  name: string;
  state: 'active' | 'future';
  startDate?: string;
  endDate?: string;
}

/**
 * Which issues a board holds: those its saved filter matches. A filter that only names projects
 * (`project = A`, `project in (A, B)`, as Jira makes for a new board) is kept as those projects, so an
 * issue's membership follows from its project; any other filter as the ids it matched when read.
 */
export type BoardScope = { kind: 'projects'; projectKeys: string[] } | { kind: 'query'; jql: string; issueIds: string[] };

export interface BoardFacts {
  id: number;
  name: string;
  type: string;
  /** The board's estimation field (its configuration's `estimation.field.fieldId`); null when it estimates by count. */
  estimationFieldId: string | null;
  /** The board's columns, left to right; empty when its configuration was not read (a kanban board's). */
  columns: BoardColumn[];
  scope: BoardScope;
  /** Closed sprints started from this board, by completeDate; empty for kanban boards. */
  closedSprints: ClosedSprint[];
  openSprints: OpenSprintFacts[];
}

/** What every figure needs of the site: its clock, its zone, its discovered field ids and status categories. */
export interface SiteFacts {
  now: string;
  timeZone: string;
  /** The Sprint custom field, found by its type; null on a site without Jira Software. */
  sprintFieldId: string | null;
  /** The site's story point field, found by its type: the fallback for projects with no board. */
  storyPointFieldId: string | null;
  statusCategories: Record<string, StatusCategoryKey>;
  /**
   * The names of the fields a history may be replayed for (the Sprint field and number fields), by
   * id: change items migrated from Jira Server carry only the field's name.
   */
  fieldNames: Record<string, string>;
}

export interface ProjectFacts {
  projectKey: string;
  projectName: string;
  site: SiteFacts;
  /** The boards located in the project, by ascending id. */
  boards: BoardFacts[];
  /** The project's epics and standard issues, plus epics of other projects its issues belong to. */
  issues: IssueFacts[];
  /** The project's versions, for delivery metrics. */
  versions: ReleaseVersion[];
}

/**
 * A project's story point field (docs/METRICS.md, Workload): its lowest-id board's estimation field,
 * else the site's story point field.
 *
 * Empty input: no boards and no site field give null (points then count 0).
 *
 * @example pointFieldOf([{ estimationFieldId: 'customfield_10016', … }], site) // 'customfield_10016'
 */
export function pointFieldOf(boards: readonly Pick<BoardFacts, 'estimationFieldId'>[], site: Pick<SiteFacts, 'storyPointFieldId'>): string | null {
  return boards[0]?.estimationFieldId ?? site.storyPointFieldId;
}

/** The status category of a status id, as the site defines it; undefined for a status it no longer has. */
export function categoryOf(site: SiteFacts, statusId: string): StatusCategoryKey | undefined {
  return Object.prototype.hasOwnProperty.call(site.statusCategories, statusId) ? site.statusCategories[statusId] : undefined;
}

/**
 * Whether a board holds an issue (docs/METRICS.md, Velocity): its filter matches it. Returns the test,
 * built once per board, so checking every issue stays linear.
 *
 * @example boardHolds({ kind: 'projects', projectKeys: ['PAY', 'GRT'] })(grtStory) // true
 */
export function boardHolds(scope: BoardScope): (entry: Pick<IssueFacts, 'issue' | 'projectKey'>) => boolean {
  if (scope.kind === 'projects') return (entry) => scope.projectKeys.includes(entry.projectKey);
  const ids = new Set(scope.issueIds);
  return (entry) => ids.has(entry.issue.id);
}

/** The projects other than the board's own whose issues the board's filter names outright. */
export function scopeProjects(boards: readonly Pick<BoardFacts, 'scope'>[]): string[] {
  return [...new Set(boards.flatMap((board) => (board.scope.kind === 'projects' ? board.scope.projectKeys : [])))].sort();
}
