/**
 * The oracle's velocity (METRICS.md, contract v2): each closed sprint's report, read from the live
 * state of the board's issues at the sprint's start and again at its completion, each time after
 * every change made at or before that instant. It reads neither the issues' events nor the
 * changelog written from them, so it is independent of the app's changelog replay.
 */
import type { BoardRun } from './board-run';
import type { StatusKey } from './catalogue';
import { boardColumns, isMapped } from './columns';
import type { SimIssue, SimSprint, SprintFigures, SprintIssueReport, SprintOutcome } from './model';

/** What the sprint's start leaves for its completion to compare with. */
export interface SprintWatch {
  readonly sprint: SimSprint;
  readonly start: number;
  /** The status at the start of each board issue in the sprint then. */
  readonly statusAtStart: ReadonlyMap<SimIssue, StatusKey>;
  /** The estimate at the start of every board issue (see `BoardRun.startEstimates`). */
  readonly estimateAtStart: Map<SimIssue, number | null>;
}

/** Call at the sprint's start, once everything planned for it up to that instant has happened. */
export function watchSprint(run: BoardRun, sprint: SimSprint, start: number): SprintWatch {
  const statusAtStart = new Map(run.issues.filter((i) => i.sprints.includes(sprint.id)).map((i) => [i, i.status]));
  const estimateAtStart = new Map(run.issues.map((i) => [i, i.estimate]));
  run.startEstimates = estimateAtStart;
  return { sprint, start, statusAtStart, estimateAtStart };
}

/**
 * Completed only if the issue last moved into the done column after the sprint started and no
 * earlier than it last joined the sprint; done any earlier, it was completed outside the sprint.
 */
function outcomeOf(issue: SimIssue, watch: SprintWatch): SprintOutcome {
  const id = watch.sprint.id;
  if (!issue.sprints.includes(id)) return 'removed';
  if (!issue.doneColumn.has(issue.status)) return 'notCompleted';
  const joined = issue.enteredSprint.get(id);
  // Issues are created in To Do and in no sprint, so both instants are always known here.
  if (issue.doneSince === null || joined === undefined) throw new Error(`sprint report: issue ${issue.uid} has no done or sprint entry instant`);
  return issue.doneSince > watch.start && issue.doneSince >= joined ? 'completed' : 'completedOutside';
}

function reportOf(issue: SimIssue, watch: SprintWatch, run: BoardRun): SprintIssueReport {
  const status = watch.statusAtStart.get(issue);
  const mapped = status !== undefined && isMapped(boardColumns(run.board.columnConfig), status);
  const notCountedAtStart = status === undefined ? null : issue.doneColumn.has(status) ? 'done' : mapped ? null : 'unmapped';
  if (!watch.estimateAtStart.has(issue)) throw new Error(`sprint report: no estimate at the start of sprint ${watch.sprint.id} for issue ${issue.uid}`);
  return {
    issue,
    outcome: outcomeOf(issue, watch),
    inCommitment: status !== undefined && notCountedAtStart === null,
    addedDuringSprint: status === undefined,
    notCountedAtStart,
    estimateAtStart: watch.estimateAtStart.get(issue) ?? null,
    estimateAtEnd: issue.estimate,
  };
}

/**
 * Call at the sprint's completion, once everything up to that instant has happened (carry-over
 * included). The report holds every issue of the board's filter that was in the sprint at its
 * start, is in it now, or entered it since the start.
 */
export function reportSprint(run: BoardRun, watch: SprintWatch): SprintFigures {
  run.startEstimates = null;
  const id = watch.sprint.id;
  const issues = run.issues.filter((issue) => {
    const joined = issue.enteredSprint.get(id);
    if (joined === undefined || !run.board.filterProjects.includes(issue.projectIndex)) return false;
    return watch.statusAtStart.has(issue) || issue.sprints.includes(id) || joined > watch.start;
  });
  return { sprint: watch.sprint, issues: issues.map((issue) => reportOf(issue, watch, run)) };
}
