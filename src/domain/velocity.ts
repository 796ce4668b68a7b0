import { parseISO } from 'date-fns';
import type { IssueTimeline } from './issue';
import { parseSprintIds } from './fieldHistory';

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

/**
 * The issues that could have been in each sprint: those whose Sprint field names the sprint now or in
 * either side of any change. Lets velocity replay only candidates instead of every issue for every sprint.
 *
 * Empty input: an empty map.
 */
export function issuesBySprint(issues: readonly IssueTimeline[]): Map<number, IssueTimeline[]> {
  const bySprint = new Map<number, IssueTimeline[]>();
  for (const issue of issues) {
    const ids = new Set(issue.current.sprintIds);
    for (const change of issue.sprintChanges) [...parseSprintIds(change.from), ...parseSprintIds(change.to)].forEach((id) => ids.add(id));
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

/**
 * A product's say/do (docs/METRICS.md, Health signals, `overcommitment`): Σ completed / Σ committed
 * over the product's last 3 closed sprints by `completeDate`, whichever of its boards ran them.
 *
 * Empty input: null when those sprints committed nothing (or there are none).
 *
 * @example productSayDo([[{ completeDate: '…-10', committed: 10, completed: 5 }], [{ completeDate: '…-12', committed: 10, completed: 10 }]]) // 0.75
 */
export function productSayDo(
  boards: readonly (readonly (SprintCommitment & { completeDate: string })[])[],
): { ratio: number | null; sprints: number } & SprintCommitment {
  const last = boards
    .flat()
    .sort((a, b) => parseISO(a.completeDate).getTime() - parseISO(b.completeDate).getTime())
    .slice(-3);
  const sums = { committed: last.reduce((sum, sprint) => sum + sprint.committed, 0), completed: last.reduce((sum, sprint) => sum + sprint.completed, 0) };
  return { ...sums, ratio: sayDoRatio(sums), sprints: last.length };
}
