/**
 * The simulation's state. Issues are mutated only through `setStatus`, `setSprints` and
 * `setEstimate`, which record each change as an event and keep the issue's live state (when its
 * work started, when it reached its board's done column, when it entered each sprint); the changelog is written from the
 * events, and the expected figures are read from the live state while the simulation runs.
 */
import { isDoneStatus, isNewStatus, type IssueKind, type StatusKey } from './catalogue';
import type { BoardColumn } from './columns';
import type { SprintState, WorkType } from './fixture-types';
import { jiraInstant } from './time';

export type SimEvent =
  | { at: number; field: 'status'; from: StatusKey; to: StatusKey }
  | { at: number; field: 'sprint'; from: readonly number[]; to: readonly number[] }
  | { at: number; field: 'estimate'; from: number | null; to: number | null };

export interface SimIssue {
  readonly uid: number;
  readonly projectIndex: number;
  readonly kind: IssueKind;
  readonly created: number;
  readonly summary: string;
  readonly labels: readonly string[];
  readonly property: WorkType | null;
  /** Standard issue: its epic. Sub-task: its standard parent. */
  readonly parent: SimIssue | null;
  readonly boardId: number | null;
  readonly legacyPoints: number | null;
  /** The statuses of the right-most column of the board the issue is worked on: there it is done. */
  readonly doneColumn: ReadonlySet<StatusKey>;
  status: StatusKey;
  /** When the issue first left a `new`-category status (its work started); null while it has not. */
  startedAt: number | null;
  /** When the issue last moved into `doneColumn` from a status outside it; null while it is not in it. */
  doneSince: number | null;
  /** When the issue last entered each sprint it has been in (a Sprint change that added it). */
  readonly enteredSprint: Map<number, number>;
  estimate: number | null;
  sprints: readonly number[];
  resolvedAt: number | null;
  fixVersionId: string | null;
  /** Id of the issue's security level (null: none), set once the simulation has run. */
  security: string | null;
  readonly events: SimEvent[];
}

export interface SimSprint {
  readonly id: number;
  readonly boardId: number;
  readonly index: number;
  readonly name: string;
  readonly state: SprintState;
  readonly start: number | null;
  readonly end: number | null;
  readonly complete: number | null;
  readonly goal: string;
}

export interface SimBoard {
  readonly id: number;
  readonly name: string;
  readonly type: 'scrum' | 'kanban';
  readonly projectIndex: number;
  /** Share of the project's standard issues this team works on. */
  readonly share: number;
  /** The board's own columns, written as its `columnConfig`; null: one column per status category. */
  readonly columnConfig: readonly BoardColumn[] | null;
  /** Indexes of the projects the board's filter matches, its own first; more than one is written as a filter spanning them. */
  readonly filterProjects: readonly number[];
}

/** How an issue ended a sprint, as Jira's sprint report says (METRICS.md, velocity contract v2). */
export type SprintOutcome = 'completed' | 'notCompleted' | 'removed' | 'completedOutside';

/** One issue of a closed sprint's report, as the simulation knew it at the sprint's start and completion. */
export interface SprintIssueReport {
  readonly issue: SimIssue;
  readonly outcome: SprintOutcome;
  /** Counted in the sprint's commitment: in it at its start, in a column and not done. */
  readonly inCommitment: boolean;
  /** Not in the sprint at its start. */
  readonly addedDuringSprint: boolean;
  /** In the sprint at its start but not committed: already done, or in a status no column holds. */
  readonly notCountedAtStart: 'done' | 'unmapped' | null;
  readonly estimateAtStart: number | null;
  readonly estimateAtEnd: number | null;
}

/**
 * The report of a closed sprint, issue by issue, so that each viewer's figures can leave out the
 * issues that viewer may not see.
 */
export interface SprintFigures {
  readonly sprint: SimSprint;
  /** Every board issue in the sprint at its start, at its completion, or that entered it in between. */
  readonly issues: readonly SprintIssueReport[];
}

/** The instant of the issue's latest event, or its creation. */
export function lastAt(issue: SimIssue): number {
  const last = issue.events[issue.events.length - 1];
  return last === undefined ? issue.created : last.at;
}

function stamp(issue: SimIssue, at: number, event: SimEvent): void {
  if (at <= issue.created || at < lastAt(issue)) {
    throw new Error(
      `simulation: change to issue ${issue.uid} at ${jiraInstant(at)} precedes its history ` +
        `(created ${jiraInstant(issue.created)}, last change ${jiraInstant(lastAt(issue))})`,
    );
  }
  issue.events.push(event);
}

export function setStatus(issue: SimIssue, at: number, to: StatusKey): void {
  const from = issue.status;
  if (from === to) return;
  if (isDoneStatus(from) && isDoneStatus(to)) throw new Error(`simulation: ${from} → ${to} keeps no resolution`);
  stamp(issue, at, { at, field: 'status', from, to });
  issue.status = to;
  if (issue.startedAt === null && isNewStatus(from)) issue.startedAt = at;
  issue.resolvedAt = isDoneStatus(to) ? at : null;
  if (!issue.doneColumn.has(to)) issue.doneSince = null;
  else if (!issue.doneColumn.has(from)) issue.doneSince = at;
}

export function setSprints(issue: SimIssue, at: number, to: readonly number[]): void {
  const from = issue.sprints;
  if (from.join() === to.join()) return;
  stamp(issue, at, { at, field: 'sprint', from, to });
  issue.sprints = [...to];
  for (const id of to) if (!from.includes(id)) issue.enteredSprint.set(id, at);
}

export function setEstimate(issue: SimIssue, at: number, to: number | null): void {
  const from = issue.estimate;
  if (from === to) return;
  stamp(issue, at, { at, field: 'estimate', from, to });
  issue.estimate = to;
}

export function isStandard(issue: SimIssue): boolean {
  return issue.kind !== 'epic' && issue.kind !== 'subtask';
}
