/**
 * The velocity part of the expected figures: each closed sprint's committed, completed and issues,
 * summed from the simulation's sprint reports (sprint-report.ts) over the issues a viewer may see.
 */
import type { ClosedSprint } from './expected-signals';
import type { ExpectedBoard, ExpectedSprint, ExpectedSprintIssue } from './expected-types';
import type { IssueRef } from './issue-refs';
import type { SimBoard, SimIssue, SprintFigures, SprintIssueReport } from './model';

/** Whether the viewer may see an issue: they browse its project and hold its level, if any. */
export type Visible = (issue: SimIssue) => boolean;

interface Row {
  report: SprintIssueReport;
  json: ExpectedSprintIssue;
}

/** A closed sprint's report with each issue's entry written once, in key order, for every viewer to filter. */
export interface SprintRows {
  figures: SprintFigures;
  rows: Row[];
}

/** Plain string order (UTF-16 code units), not locale order: `PAY-10` before `PAY-9`. */
function byKey(a: Row, b: Row): number {
  return a.json.key < b.json.key ? -1 : a.json.key > b.json.key ? 1 : 0;
}

function rowOf(report: SprintIssueReport, refs: ReadonlyMap<SimIssue, IssueRef>): Row {
  const key = refs.get(report.issue)?.key;
  if (key === undefined) throw new Error(`expected figures: issue ${report.issue.uid} has no key`);
  const { outcome, inCommitment, addedDuringSprint, estimateAtStart, estimateAtEnd, notCountedAtStart } = report;
  return { report, json: { key, outcome, inCommitment, addedDuringSprint, estimateAtStart, estimateAtEnd, notCountedAtStart } };
}

/** Every board's sprints as rows, by board id. */
export function sprintRowsByBoard(figures: ReadonlyMap<number, readonly SprintFigures[]>, refs: ReadonlyMap<SimIssue, IssueRef>): Map<number, SprintRows[]> {
  return new Map([...figures].map(([boardId, list]) => [boardId, list.map((f) => ({ figures: f, rows: f.issues.map((r) => rowOf(r, refs)).sort(byKey) }))]));
}

/** Committed: estimates at the start of committed issues; completed: estimates at the end of completed ones. */
function expectedSprint({ figures, rows }: SprintRows, visible: Visible): ExpectedSprint {
  const seen = rows.filter((row) => visible(row.report.issue));
  const committed = seen.reduce((sum, { report }) => (report.inCommitment ? sum + (report.estimateAtStart ?? 0) : sum), 0);
  const completed = seen.reduce((sum, { report }) => (report.outcome === 'completed' ? sum + (report.estimateAtEnd ?? 0) : sum), 0);
  return { id: figures.sprint.id, name: figures.sprint.name, committed, completed, issues: seen.map((row) => row.json) };
}

/** The board's closed sprints as `visible` sees them, and its velocity: mean completed of the last 3 by completion. */
export function boardFigures(board: SimBoard, sprints: readonly SprintRows[], visible: Visible): ExpectedBoard {
  const expected = sprints.map((s) => expectedSprint(s, visible));
  const byCompletion = expected
    .map((sprint, index) => ({ completed: sprint.completed, at: sprints[index]?.figures.sprint.complete ?? 0 }))
    .sort((a, b) => a.at - b.at)
    .slice(-3);
  const velocity = byCompletion.length === 0 ? null : byCompletion.reduce((sum, s) => sum + s.completed, 0) / byCompletion.length;
  return { id: board.id, name: board.name, sprints: expected, velocity };
}

/** The board's closed sprints as the signals read them: each one's completion with its figures in `board` (from `boardFigures`). */
export function closedSprints(sprints: readonly SprintRows[], board: ExpectedBoard): ClosedSprint[] {
  return sprints.map(({ figures }, index) => ({
    complete: figures.sprint.complete ?? 0,
    committed: board.sprints[index]?.committed ?? 0,
    completed: board.sprints[index]?.completed ?? 0,
  }));
}
