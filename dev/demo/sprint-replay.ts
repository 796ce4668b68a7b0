/**
 * For the generator's tests: a brute-force sprint report replayed from the fixture's changelogs as
 * METRICS.md (velocity, contract v2) words it, independent of the simulation that wrote them.
 */
import { SPRINT_FIELD, STORY_POINTS_FIELD } from './catalogue';
import type { BoardJson, IssueJson, SiteFixtureJson } from './fixture-types';
import type { ExpectedSprintIssue, SprintOutcomeJson } from './expected-types';
import { currentEstimate, currentSprints, filterProjects, instant, itemsOf, sprintList, standardIssues, valueAt } from './test-support';

export interface ReplayedSprint {
  committed: number;
  completed: number;
  issues: ExpectedSprintIssue[];
}

/** Status ids by column: the board's own, else one column per status category. */
function columnsOf(f: SiteFixtureJson, board: BoardJson): string[][] {
  if (board.columnConfig !== undefined) return board.columnConfig.columns.map((c) => c.statuses.map((s) => s.id));
  return ['new', 'indeterminate', 'done'].map((key) => f.statuses.filter((s) => s.statusCategory.key === key).map((s) => s.id));
}

/**
 * The last instant at or before `until` at which a change of `fieldId` moved the value from outside
 * `inside` into it; the creation instant if the issue was created inside and never moved in; else null.
 */
function lastEntry(issue: IssueJson, fieldId: string, until: number, inside: (value: string | null) => boolean, current: string | null): number | null {
  const changes = itemsOf(issue, fieldId);
  const entries = changes.filter((c) => c.at <= until && !inside(c.item.from) && inside(c.item.to));
  const last = entries[entries.length - 1];
  if (last !== undefined) return last.at;
  const first = changes[0];
  return inside(first === undefined ? current : first.item.from) ? instant(issue.fields.created) : null;
}

function estimate(text: string | null): number | null {
  const value = text === null || text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) ? value : null;
}

interface Sprint {
  id: string;
  start: number;
  complete: number;
  columns: string[][];
}

function replayIssue(issue: IssueJson, s: Sprint): ReplayedSprint['issues'][number] | null {
  const inSprint = (value: string | null) => sprintList(value).includes(s.id);
  const doneIds = new Set(s.columns[s.columns.length - 1] ?? []);
  const isDone = (value: string | null) => value !== null && doneIds.has(value);
  const inAt = (t: number) => inSprint(valueAt(issue, SPRINT_FIELD, t, currentSprints(issue), (i) => i.from));
  const statusAt = (t: number) => valueAt(issue, 'status', t, issue.fields.status.id, (i) => i.from);
  const entered = itemsOf(issue, SPRINT_FIELD).some((c) => c.at > s.start && c.at <= s.complete && !inSprint(c.item.from) && inSprint(c.item.to));
  if (!inAt(s.start) && !inAt(s.complete) && !entered) return null;
  const startStatus = statusAt(s.start);
  const mapped = s.columns.some((c) => startStatus !== null && c.includes(startStatus));
  const joined = lastEntry(issue, SPRINT_FIELD, s.complete, inSprint, currentSprints(issue)) ?? Infinity;
  const doneMove = lastEntry(issue, 'status', s.complete, isDone, issue.fields.status.id) ?? -Infinity;
  const doneAtEnd = isDone(statusAt(s.complete));
  const outcome: SprintOutcomeJson = !inAt(s.complete)
    ? 'removed'
    : doneAtEnd && doneMove > s.start && doneMove >= joined
      ? 'completed'
      : doneAtEnd
        ? 'completedOutside'
        : 'notCompleted';
  const notCountedAtStart = !inAt(s.start) ? null : isDone(startStatus) ? 'done' : mapped ? null : 'unmapped';
  return {
    key: issue.key,
    outcome,
    inCommitment: inAt(s.start) && notCountedAtStart === null,
    addedDuringSprint: !inAt(s.start),
    estimateAtStart: estimate(valueAt(issue, STORY_POINTS_FIELD, s.start, currentEstimate(issue), (i) => i.fromString)),
    estimateAtEnd: estimate(valueAt(issue, STORY_POINTS_FIELD, s.complete, currentEstimate(issue), (i) => i.fromString)),
    notCountedAtStart,
  };
}

/** Sprint `sprintId`'s report over the standard issues of its board's filter that `visible` accepts (all unless told). */
export function replaySprint(f: SiteFixtureJson, sprintId: number, visible: (issue: IssueJson) => boolean = () => true): ReplayedSprint {
  const sprint = f.sprints.find((x) => x.id === sprintId);
  const board = f.boards.find((b) => b.id === sprint?.originBoardId);
  if (sprint?.startDate === undefined || sprint.completeDate === undefined || board === undefined) throw new Error(`test: sprint ${sprintId} is not closed`);
  const s: Sprint = { id: String(sprintId), start: instant(sprint.startDate), complete: instant(sprint.completeDate), columns: columnsOf(f, board) };
  const projects = filterProjects(board);
  const issues = standardIssues(f)
    .filter((i) => projects.includes(i.fields.project.key) && visible(i))
    .flatMap((i) => replayIssue(i, s) ?? [])
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const committed = issues.reduce((sum, i) => (i.inCommitment ? sum + (i.estimateAtStart ?? 0) : sum), 0);
  const completed = issues.reduce((sum, i) => (i.outcome === 'completed' ? sum + (i.estimateAtEnd ?? 0) : sum), 0);
  return { committed, completed, issues };
}
