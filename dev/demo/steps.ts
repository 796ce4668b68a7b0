/**
 * A plan is a list of steps applied to one issue at increasing instants inside a window; the
 * window and the issue's own latest change bound the instants, so each issue's history stays in
 * order whatever else happens around it.
 */
import { isDoneStatus, type StatusKey } from './catalogue';
import { lastAt, setEstimate, setSprints, setStatus, type SimIssue } from './model';
import type { Rng } from './rng';
import { MINUTE } from './time';

export type Step = (issue: SimIssue, at: number) => void;

export const toStatus =
  (status: StatusKey): Step =>
  (issue, at) =>
    setStatus(issue, at, status);
export const toEstimate =
  (value: number | null): Step =>
  (issue, at) =>
    setEstimate(issue, at, value);
export const addSprint =
  (id: number): Step =>
  (issue, at) =>
    setSprints(issue, at, [...issue.sprints, id]);
export const removeSprint =
  (id: number): Step =>
  (issue, at) =>
    setSprints(
      issue,
      at,
      issue.sprints.filter((s) => s !== id),
    );
export const moveSprint =
  (from: number, to: number): Step =>
  (issue, at) =>
    setSprints(issue, at, [...issue.sprints.filter((s) => s !== from), to]);

/**
 * `count` increasing whole-minute instants in (from, until]; the last is `finalAt` when given.
 * Null when the window has no room for them.
 */
export function stepTimes(rng: Rng, from: number, until: number, count: number, finalAt?: number): number[] | null {
  const last = finalAt ?? until;
  const lo = Math.floor(from / MINUTE) + 1;
  const hi = Math.floor(last / MINUTE) - (finalAt === undefined ? 0 : 1);
  const free = finalAt === undefined ? count : count - 1;
  if (last > until || hi - lo + 1 < free || (finalAt !== undefined && finalAt <= from)) return null;
  const minutes = Array.from({ length: free }, () => rng.int(lo, hi)).sort((a, b) => a - b);
  for (let i = 1; i < minutes.length; i += 1) minutes[i] = Math.max(minutes[i] as number, (minutes[i - 1] as number) + 1);
  for (let i = minutes.length - 1; i >= 0; i -= 1) {
    minutes[i] = Math.min(minutes[i] as number, i === minutes.length - 1 ? hi : (minutes[i + 1] as number) - 1);
  }
  const times = minutes.map((m) => m * MINUTE);
  if (finalAt !== undefined) times.push(finalAt);
  return times;
}

/** Applies `steps` inside (from, until] after the issue's latest change; false if there was no room. */
export function runSteps(rng: Rng, issue: SimIssue, window: { from: number; until: number }, steps: readonly Step[], finalAt?: number): boolean {
  if (steps.length === 0) return true;
  const from = Math.max(window.from, lastAt(issue));
  const times = stepTimes(rng, from, window.until, steps.length, finalAt);
  if (times === null) return false;
  steps.forEach((step, i) => step(issue, times[i] as number));
  return true;
}

/** Share of work paths on which the issue is parked for a while (blocked) before it moves on. */
const PARKED_ON_THE_WAY = 0.05;

/** Steps through `path`, leaving out a status the issue would already be in. */
function statusSteps(current: StatusKey, path: readonly StatusKey[]): Step[] {
  const out: StatusKey[] = [];
  for (const status of path) if (status !== (out[out.length - 1] ?? current)) out.push(status);
  return out.map(toStatus);
}

/**
 * Status steps from the issue's status to `end` along To Do → In Progress → (In Review) → end,
 * sometimes through Parked on the way; a parked issue sometimes goes straight to `end`.
 */
export function workPath(rng: Rng, current: StatusKey, end: StatusKey): Step[] {
  const path: StatusKey[] = [];
  if (current === 'todo' || current === 'ready' || isDoneStatus(current) || (current === 'parked' && rng.chance(0.6))) path.push('progress');
  if (path.length > 0 && rng.chance(PARKED_ON_THE_WAY)) path.push('parked', 'progress');
  if ((end === 'done' || end === 'ready') && current !== 'review' && rng.chance(0.6)) path.push('review');
  if (end === 'wontdo' && rng.chance(0.3)) path.splice(0);
  if (end !== 'progress' || path.length === 0) path.push(end);
  return statusSteps(current, path);
}
