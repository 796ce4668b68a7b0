import { valueAt, type Track } from './fieldHistory';

/**
 * One closed sprint's velocity figures by METRICS.md, "Velocity … contract v2" (Jira Cloud's rules),
 * written apart from the app's own code so the app is checked against a second reading of the contract.
 */

/** What the figures need of one of the board's issues. */
export interface IssueTimeline {
  key: string;
  created: number;
  status: Track<string>;
  sprints: Track<readonly number[]>;
  estimate: Track<number>;
}

export interface SprintWindow {
  id: number;
  start: number;
  complete: number;
}

/** Status ids in any column, and in the board's right-most column (done). */
export interface BoardColumnSets {
  mapped: ReadonlySet<string>;
  done: ReadonlySet<string>;
}

export interface IssueValue {
  issueKey: string;
  value: number;
}

export interface SprintFigures {
  /** The issues counted in `committed`, with their estimate when the sprint started. */
  committed: IssueValue[];
  /** The issues counted in `completed`, with their estimate when it was completed. */
  completed: IssueValue[];
  /** Keys of the issues in the sprint when it started, when it was completed, or that entered it between. */
  considered: string[];
}

function inSprintAt(issue: IssueTimeline, sprintId: number, instant: number): boolean {
  return valueAt(issue.sprints, instant).includes(sprintId);
}

function latest(instants: readonly number[]): number | undefined {
  return instants.length === 0 ? undefined : Math.max(...instants);
}

/** When the issue last entered the sprint up to `until`: a change adding it, else its creation if it was created in it. */
function lastEntry(issue: IssueTimeline, sprintId: number, until: number): number | undefined {
  const entries = issue.sprints.changes.filter((c) => c.at <= until && c.to.includes(sprintId) && !c.from.includes(sprintId)).map((c) => c.at);
  return latest(entries) ?? (inSprintAt(issue, sprintId, issue.created) ? issue.created : undefined);
}

/** When the issue last moved into the done column up to `until`: a status change from outside it, else its creation if created in it. */
function lastMoveIntoDone(issue: IssueTimeline, done: ReadonlySet<string>, until: number): number | undefined {
  const moves = issue.status.changes.filter((c) => c.at <= until && done.has(c.to) && !done.has(c.from)).map((c) => c.at);
  return latest(moves) ?? (done.has(valueAt(issue.status, issue.created)) ? issue.created : undefined);
}

function isCommitted(issue: IssueTimeline, sprint: SprintWindow, columns: BoardColumnSets): boolean {
  const status = valueAt(issue.status, sprint.start);
  return inSprintAt(issue, sprint.id, sprint.start) && columns.mapped.has(status) && !columns.done.has(status);
}

/** Work done before the sprint started, or before the issue joined it, is completed outside the sprint. */
function isCompleted(issue: IssueTimeline, sprint: SprintWindow, columns: BoardColumnSets): boolean {
  if (!inSprintAt(issue, sprint.id, sprint.complete) || !columns.done.has(valueAt(issue.status, sprint.complete))) return false;
  const moved = lastMoveIntoDone(issue, columns.done, sprint.complete);
  const entered = lastEntry(issue, sprint.id, sprint.complete);
  return moved !== undefined && entered !== undefined && moved > sprint.start && moved >= entered;
}

function isConsidered(issue: IssueTimeline, sprint: SprintWindow): boolean {
  const enteredDuring = issue.sprints.changes.some(
    (c) => c.at > sprint.start && c.at <= sprint.complete && c.to.includes(sprint.id) && !c.from.includes(sprint.id),
  );
  return enteredDuring || inSprintAt(issue, sprint.id, sprint.start) || inSprintAt(issue, sprint.id, sprint.complete);
}

export function sprintFigures(issues: readonly IssueTimeline[], sprint: SprintWindow, columns: BoardColumnSets): SprintFigures {
  return {
    committed: issues.filter((i) => isCommitted(i, sprint, columns)).map((i) => ({ issueKey: i.key, value: valueAt(i.estimate, sprint.start) })),
    completed: issues.filter((i) => isCompleted(i, sprint, columns)).map((i) => ({ issueKey: i.key, value: valueAt(i.estimate, sprint.complete) })),
    considered: issues.filter((i) => isConsidered(i, sprint)).map((i) => i.key),
  };
}

export function total(values: readonly IssueValue[]): number {
  return values.reduce((sum, entry) => sum + entry.value, 0);
}
