import { parseISO } from 'date-fns';
import { STANDARD_LEVEL, type IssueTimeline, type StatusCategoryKey } from './issue';
import { parseEstimate, parseSprintIds, valueAt } from './fieldHistory';

export interface ClosedSprint {
  id: number;
  name: string;
  startDate: string;
  completeDate: string;
}

export interface SprintCommitment {
  committed: number;
  completed: number;
}

function sprintIdsAt(issue: IssueTimeline, at: number): readonly number[] {
  return valueAt(issue.sprintChanges, at, issue.current.sprintIds, (change) => parseSprintIds(change.from));
}

function estimateAt(issue: IssueTimeline, at: number): number {
  const estimate = valueAt(issue.estimateChanges, at, issue.current.estimate, (change) => parseEstimate(change.fromString));
  return estimate ?? 0;
}

function statusIdAt(issue: IssueTimeline, at: number): string {
  return valueAt(issue.statusChanges, at, issue.current.statusId, (change) => change.from ?? '');
}

/**
 * Jira's velocity chart figures for one closed sprint (docs/METRICS.md, Velocity), over standard issues:
 * - committed: Σ estimate at `startDate` of issues whose Sprint field contained the sprint at `startDate`;
 * - completed: Σ estimate at `completeDate` of issues whose Sprint field contained the sprint at
 *   `completeDate` and whose status category then was `done`.
 * Every value is replayed from the changelog (see `valueAt`); an empty estimate counts 0; a status id
 * missing from `categoryOfStatus` is not done.
 *
 * Empty input: no issues give `{ committed: 0, completed: 0 }`.
 *
 * @example sprintCommitment(sprint, [storyOf3PointsInSprintFromStartAndDone], categories) // { committed: 3, completed: 3 }
 */
export function sprintCommitment(
  sprint: ClosedSprint,
  issues: readonly IssueTimeline[],
  categoryOfStatus: (statusId: string) => StatusCategoryKey | undefined,
): SprintCommitment {
  const start = parseISO(sprint.startDate).getTime();
  const complete = parseISO(sprint.completeDate).getTime();
  let committed = 0;
  let completed = 0;
  for (const issue of issues) {
    if (issue.hierarchyLevel !== STANDARD_LEVEL) continue;
    if (sprintIdsAt(issue, start).includes(sprint.id)) committed += estimateAt(issue, start);
    if (sprintIdsAt(issue, complete).includes(sprint.id) && categoryOfStatus(statusIdAt(issue, complete)) === 'done') {
      completed += estimateAt(issue, complete);
    }
  }
  return { committed, completed };
}

/**
 * The issues that could have been in each sprint: those whose Sprint field names the sprint now or in
 * any change. Lets velocity replay only candidates instead of every issue for every sprint.
 *
 * Empty input: an empty map.
 */
export function issuesBySprint(issues: readonly IssueTimeline[]): Map<number, IssueTimeline[]> {
  const bySprint = new Map<number, IssueTimeline[]>();
  for (const issue of issues) {
    const ids = new Set(issue.current.sprintIds);
    for (const change of issue.sprintChanges) parseSprintIds(change.from).forEach((id) => ids.add(id));
    for (const id of ids) {
      const list = bySprint.get(id);
      if (list === undefined) bySprint.set(id, [issue]);
      else list.push(issue);
    }
  }
  return bySprint;
}

/**
 * Say/do ratio of a sprint: completed / committed.
 *
 * Empty input: none (null) when nothing was committed.
 *
 * @example sayDoRatio({ committed: 20, completed: 15 }) // 0.75
 */
export function sayDoRatio(sprint: SprintCommitment): number | null {
  return sprint.committed === 0 ? null : sprint.completed / sprint.committed;
}

/**
 * Velocity of a board: the mean `completed` of its last 3 closed sprints by `completeDate`.
 *
 * Empty input: null when the board has no closed sprint (fewer than 3 averages what there is).
 *
 * @example rollingVelocity([{ completeDate: '2026-01-14T…', completed: 10 }, …]) // mean of the last three
 */
export function rollingVelocity(sprints: readonly { completeDate: string; completed: number }[]): number | null {
  if (sprints.length === 0) return null;
  const lastThree = [...sprints].sort((a, b) => parseISO(a.completeDate).getTime() - parseISO(b.completeDate).getTime()).slice(-3);
  return lastThree.reduce((sum, sprint) => sum + sprint.completed, 0) / lastThree.length;
}
