/** What a board's simulation works with, and the queries it makes of the live state. */
import { isDoneStatus } from './catalogue';
import { createStandard, type IssueCounter, type SimProject } from './issues';
import { lastAt, type SimBoard, type SimIssue, type SimSprint, type SprintFigures } from './model';
import type { Rng } from './rng';
import { HOUR, MINUTE } from './time';

export interface BoardRun {
  readonly rng: Rng;
  readonly board: SimBoard;
  /** The projects the board's filter matches, its own first. */
  readonly projects: readonly SimProject[];
  /** Share of the team's new issues that belong to the other projects of the filter. */
  readonly otherShare: number;
  readonly counter: IssueCounter;
  /** The board's sprints, oldest first (closed…, active, future); empty for kanban. */
  readonly sprints: readonly SimSprint[];
  /** Standard issues this board's team works on. */
  readonly issues: SimIssue[];
  /** New standard issues per sprint (or per fortnight on kanban). */
  readonly rate: number;
  readonly monthStarts: readonly number[];
  /** The latest instant a change may carry (just before `now`). */
  readonly nowCap: number;
  readonly figures: SprintFigures[];
  /**
   * While a closed sprint runs: each board issue's estimate at its start. An issue created since
   * is added with the estimate it was created with, which is its value at the start as METRICS.md
   * replays a field (the `from` of its first change, else its current value).
   */
  startEstimates: Map<SimIssue, number | null> | null;
}

export interface Window {
  from: number;
  until: number;
}

export function newIssue(run: BoardRun, created: number): SimIssue {
  const [own, ...others] = run.projects;
  if (own === undefined) throw new Error(`simulation: board ${run.board.id} has no project`);
  const project = others.length > 0 && run.rng.chance(run.otherShare) ? run.rng.pick(others) : own;
  const issue = createStandard(run.rng, run.counter, project, run.board, created);
  run.issues.push(issue);
  run.startEstimates?.set(issue, issue.estimate);
  return issue;
}

/** Issues whose Sprint field contains `sprintId` now. */
export function members(run: BoardRun, sprintId: number): SimIssue[] {
  return run.issues.filter((i) => i.sprints.includes(sprintId));
}

/** True when the issue is resolved or in its board's done column: the team has nothing left to do on it. */
export function isFinished(issue: SimIssue): boolean {
  return isDoneStatus(issue.status) || issue.doneColumn.has(issue.status);
}

/** Unfinished issues in no sprint from `openFromId` on (the open sprints), not yet touched. */
export function backlog(run: BoardRun, openFromId: number, touched: ReadonlySet<SimIssue>): SimIssue[] {
  return run.issues.filter((i) => !isFinished(i) && !touched.has(i) && !i.sprints.some((s) => s >= openFromId));
}

/** Up to `count` of `candidates`, mostly the oldest, each marked as touched. */
export function takeSome(run: BoardRun, candidates: readonly SimIssue[], count: number, touched: Set<SimIssue>): SimIssue[] {
  const pool = run.rng.shuffle(candidates.slice(0, Math.max(2 * count, 4))).slice(0, count);
  pool.forEach((i) => touched.add(i));
  return pool;
}

/**
 * The instant a resolution should land on, or undefined for "anywhere": sometimes exactly at the
 * window's end (the sprint's completion), sometimes within five hours of a local month start.
 */
export function resolutionInstant(run: BoardRun, issue: SimIssue, window: Window, exactEnd: boolean): number | undefined {
  const from = Math.max(window.from, lastAt(issue));
  if (exactEnd && run.rng.chance(0.04)) return window.until;
  const near = run.monthStarts.filter((b) => b > from + 6 * HOUR && b <= window.until);
  if (near.length === 0 || !run.rng.chance(0.2)) return undefined;
  const at = run.rng.pick(near) + run.rng.int(-300, 300) * MINUTE;
  return Math.min(at, window.until);
}
