/**
 * For the sprint report's tests: one sprint of a board with the release columns whose filter spans
 * PAY and BEN, and hand-made histories around it.
 */
import { newIssue, type BoardRun } from './board-run';
import type { StatusKey } from './catalogue';
import { RELEASE_COLUMNS } from './columns';
import type { SimProject } from './issues';
import { setEstimate, setSprints, setStatus, type SimIssue, type SimSprint } from './model';
import { productAt } from './names';
import { Rng } from './rng';
import { reportSprint, watchSprint } from './sprint-report';
import { DAY, HOUR, MINUTE } from './time';

/** Sprint 7 runs from day 10 to day 24; a board with the release columns works PAY and BEN. */
export const START = 10 * DAY;
export const COMPLETE = 24 * DAY;
export const SPRINT: SimSprint = {
  id: 7,
  boardId: 1,
  index: 0,
  name: 'PAY Tidal Sprint 1',
  state: 'closed',
  start: START,
  end: COMPLETE,
  complete: COMPLETE,
  goal: '',
};

export function project(index: number): SimProject {
  return { index, id: String(10000 + index), product: productAt(index), epics: [], issues: [] };
}

export function boardRun(): BoardRun {
  return {
    rng: new Rng(1),
    board: { id: 1, name: 'PAY Tidal', type: 'scrum', projectIndex: 0, share: 1, columnConfig: RELEASE_COLUMNS, filterProjects: [0, 1] },
    projects: [project(0), project(1)],
    otherShare: 0,
    counter: { next: 0 },
    sprints: [SPRINT],
    issues: [],
    rate: 1,
    monthStarts: [],
    nowCap: 40 * DAY,
    figures: [],
    startEstimates: null,
  };
}

/** A story created on day 1 with `points`, in sprint 7 from day 2 unless `joins` is false. */
export function story(run: BoardRun, points: number | null, joins = true): SimIssue {
  const issue = newIssue(run, DAY);
  setEstimate(issue, DAY + MINUTE, points);
  if (joins) setSprints(issue, 2 * DAY, [SPRINT.id]);
  return issue;
}

export const at = (days: number, minutes = 0) => days * DAY + minutes * MINUTE;
export const join = (issue: SimIssue, when: number) => setSprints(issue, when, [...issue.sprints, SPRINT.id]);
export const leave = (issue: SimIssue, when: number) =>
  setSprints(
    issue,
    when,
    issue.sprints.filter((s) => s !== SPRINT.id),
  );
export const move = (issue: SimIssue, when: number, ...path: StatusKey[]) => path.forEach((status, n) => setStatus(issue, when + n * HOUR, status));

interface Reported<K extends string> {
  issues: Record<K, SimIssue>;
  of: (name: K) => unknown[] | undefined;
}

/**
 * Runs `before` up to the start and `during` up to the completion; `of(name)` is that issue's
 * outcome, inCommitment, addedDuringSprint and notCountedAtStart (undefined: not in the report).
 */
export function report<K extends string>(
  before: (run: BoardRun) => Record<K, SimIssue>,
  during: (issues: Record<K, SimIssue>) => void = () => undefined,
): Reported<K> {
  const run = boardRun();
  const issues = before(run);
  const watch = watchSprint(run, SPRINT, START);
  during(issues);
  const reports = new Map(reportSprint(run, watch).issues.map((r) => [r.issue, r]));
  const of = (name: K) => {
    const r = reports.get(issues[name]);
    return r && [r.outcome, r.inCommitment, r.addedDuringSprint, r.notCountedAtStart];
  };
  return { issues, of };
}
