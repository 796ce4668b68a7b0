import type { FieldChange, IssueSnapshot, StatusCategoryKey } from './issue';
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
  statusId: string;
  sprintIds: number[];
  /** Current value of each estimation field read (null when empty), by field id. */
  estimates: Record<string, number | null>;
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

export interface BoardFacts {
  id: number;
  name: string;
  type: string;
  /** The board's estimation field (its configuration's `estimation.field.fieldId`); null when it estimates by count. */
  estimationFieldId: string | null;
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
}

export interface ProjectFacts {
  projectKey: string;
  projectName: string;
  site: SiteFacts;
  /** The boards located in the project, by ascending id. */
  boards: BoardFacts[];
  /** The project's epics and standard issues, plus epics of other projects its issues belong to. */
  issues: IssueFacts[];
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
