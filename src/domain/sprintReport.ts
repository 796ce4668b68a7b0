import { parseISO } from 'date-fns';
import type { SprintOutcome, SprintReportIssue } from '../shared/figures';
import { parseEstimate, parseSprintIds, valueAt } from './fieldHistory';
import { STANDARD_LEVEL, type FieldChange, type IssueTimeline } from './issue';
import type { ClosedSprint } from './velocity';

/** A board column and the status ids it holds, left to right as the board's configuration lists them. */
export interface BoardColumn {
  name: string;
  statusIds: readonly string[];
}

export interface SprintReport {
  committed: number;
  completed: number;
  /** Every issue of the report, by key (code unit order, as Jira lists keys). */
  issues: SprintReportIssue[];
}

/** The statuses that mean mapped (some column holds them) and done (the right-most column holds them). */
interface ColumnSets {
  mapped: ReadonlySet<string>;
  done: ReadonlySet<string>;
}

function columnSetsOf(columns: readonly BoardColumn[]): ColumnSets {
  return { mapped: new Set(columns.flatMap((column) => column.statusIds)), done: new Set(columns.at(-1)?.statusIds ?? []) };
}

/**
 * Replayed as the contract says, also before the issue's creation: the worked examples count an issue
 * created after the start with no Sprint change as in the sprint from its start.
 */
const sprintIdsAt = (issue: IssueTimeline, at: number): readonly number[] =>
  valueAt(issue.sprintChanges, at, issue.current.sprintIds, (change) => parseSprintIds(change.from));
const statusIdAt = (issue: IssueTimeline, at: number): string => valueAt(issue.statusChanges, at, issue.current.statusId, (change) => change.from ?? '');
const estimateAt = (issue: IssueTimeline, at: number): number | null =>
  valueAt(issue.estimateChanges, at, issue.current.estimate, (change) => parseEstimate(change.fromString));

/** The latest change made at or before `until` that `enters` says is an entry; undefined when none. */
function lastEntry(changes: readonly FieldChange[], until: number, enters: (change: FieldChange) => boolean): number | undefined {
  let latest: number | undefined;
  for (const change of changes) {
    if (change.at <= until && enters(change) && (latest === undefined || change.at > latest)) latest = change.at;
  }
  return latest;
}

/** When the issue last moved into the right-most column by `until` (its creation if created there); undefined if never. */
function lastMoveIntoDone(issue: IssueTimeline, done: ReadonlySet<string>, until: number): number | undefined {
  const moved = lastEntry(issue.statusChanges, until, (change) => !done.has(change.from ?? '') && done.has(change.to ?? ''));
  return moved ?? (done.has(statusIdAt(issue, issue.created)) ? issue.created : undefined);
}

/** When the issue last joined sprint `id` by `until` (its creation if created in it); undefined if never recorded. */
function lastJoined(issue: IssueTimeline, id: number, until: number): number | undefined {
  const joined = lastEntry(issue.sprintChanges, until, (change) => parseSprintIds(change.to).includes(id) && !parseSprintIds(change.from).includes(id));
  return joined ?? (sprintIdsAt(issue, issue.created).includes(id) ? issue.created : undefined);
}

function enteredDuring(issue: IssueTimeline, id: number, start: number, complete: number): boolean {
  return issue.sprintChanges.some((change) => change.at > start && change.at <= complete && parseSprintIds(change.to).includes(id));
}

function outcomeOf(issue: IssueTimeline, sprint: { id: number; start: number; complete: number }, sets: ColumnSets): SprintOutcome {
  if (!sprintIdsAt(issue, sprint.complete).includes(sprint.id)) return 'removed';
  if (!sets.done.has(statusIdAt(issue, sprint.complete))) return 'notCompleted';
  const moved = lastMoveIntoDone(issue, sets.done, sprint.complete);
  const joined = lastJoined(issue, sprint.id, sprint.complete);
  const countable = moved !== undefined && moved > sprint.start && (joined === undefined || moved >= joined);
  return countable ? 'completed' : 'completedOutside';
}

function reportIssueOf(issue: IssueTimeline, sprint: { id: number; start: number; complete: number }, sets: ColumnSets): SprintReportIssue | null {
  const atStart = sprintIdsAt(issue, sprint.start).includes(sprint.id);
  const atEnd = sprintIdsAt(issue, sprint.complete).includes(sprint.id);
  if (!atStart && !atEnd && !enteredDuring(issue, sprint.id, sprint.start, sprint.complete)) return null;
  const statusAtStart = statusIdAt(issue, sprint.start);
  const inCommitment = atStart && sets.mapped.has(statusAtStart) && !sets.done.has(statusAtStart);
  const notCountedAtStart = !atStart || inCommitment ? null : sets.done.has(statusAtStart) ? 'done' : 'unmapped';
  return {
    key: issue.key,
    outcome: outcomeOf(issue, sprint, sets),
    inCommitment,
    addedDuringSprint: !atStart,
    estimateAtStart: estimateAt(issue, sprint.start),
    estimateAtEnd: estimateAt(issue, sprint.complete),
    notCountedAtStart,
  };
}

/**
 * Jira Cloud's sprint report and velocity figures for one closed sprint (docs/METRICS.md, Velocity,
 * contract v2), over the board's issues (`issues`: only those the viewer may see):
 * - committed: Σ estimate at `startDate` of the standard issues in the sprint then, whose status then
 *   was in a column of the board and not in its right-most one;
 * - completed: Σ estimate at `completeDate` of the standard issues in the sprint then and done
 *   (right-most column) then, whose last move into that column came after the start and no earlier
 *   than their last entry into the sprint;
 * - each issue's outcome: removed, completed, completedOutside (done but not counted) or notCompleted.
 * Every value is replayed from the changelog (`valueAt`); an empty or unparsable estimate counts 0.
 *
 * Empty input: no issues (or no columns) give `{ committed: 0, completed: 0, issues: [] }`.
 *
 * @example sprintReport(sprint, [storyOf3InSprintFromStartDoneDuringIt], columns) // { committed: 3, completed: 3, issues: [{ outcome: 'completed', … }] }
 */
export function sprintReport(sprint: ClosedSprint, issues: readonly IssueTimeline[], columns: readonly BoardColumn[]): SprintReport {
  const sets = columnSetsOf(columns);
  const window = { id: sprint.id, start: parseISO(sprint.startDate).getTime(), complete: parseISO(sprint.completeDate).getTime() };
  const report: SprintReportIssue[] = [];
  for (const issue of issues) {
    if (issue.hierarchyLevel !== STANDARD_LEVEL) continue;
    const entry = reportIssueOf(issue, window, sets);
    if (entry !== null) report.push(entry);
  }
  report.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const committed = report.reduce((sum, entry) => sum + (entry.inCommitment ? (entry.estimateAtStart ?? 0) : 0), 0);
  const completed = report.reduce((sum, entry) => sum + (entry.outcome === 'completed' ? (entry.estimateAtEnd ?? 0) : 0), 0);
  return { committed, completed, issues: report };
}
