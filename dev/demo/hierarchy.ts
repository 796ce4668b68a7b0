/**
 * Epics and sub-tasks, settled after their children's or parents' lives are known: an epic goes
 * In Progress when its first child does and Done after its last child; a sub-task lives inside its
 * parent's life and follows the parent's sprints, as Jira moves sub-tasks with their parent.
 */
import { isDoneStatus } from './catalogue';
import { createSubtask, revisedEstimate, type IssueCounter, type SimProject } from './issues';
import { isStandard, lastAt, setSprints, setStatus, type SimIssue } from './model';
import type { Rng } from './rng';
import { type Step, stepTimes, toEstimate, toStatus } from './steps';
import { DAY, MINUTE } from './time';

function firstChangeAt(issue: SimIssue): number | null {
  return issue.events[0]?.at ?? null;
}

function settleEpic(rng: Rng, epic: SimIssue, children: readonly SimIssue[], nowCap: number): void {
  const starts = children.map(firstChangeAt).filter((t): t is number => t !== null);
  if (starts.length === 0) {
    const abandonAt = epic.created + rng.int(30, 120) * DAY;
    if (children.length === 0 && abandonAt < nowCap && rng.chance(0.4)) setStatus(epic, abandonAt, 'wontdo');
    return;
  }
  const startAt = Math.min(...starts) + rng.int(0, 240) * MINUTE;
  if (startAt >= nowCap) return;
  setStatus(epic, startAt, 'progress');
  const ends = children.map((c) => c.resolvedAt);
  if (ends.some((t) => t === null) || !rng.chance(0.8)) return;
  const doneAt = Math.max(...ends.map((t) => t ?? 0), lastAt(epic)) + rng.int(60, 7 * 24 * 60) * MINUTE;
  if (doneAt < nowCap) setStatus(epic, doneAt, 'done');
}

/** Moves the project's epics along with their children. */
export function settleEpics(rng: Rng, project: SimProject, nowCap: number): void {
  const children = new Map<SimIssue, SimIssue[]>();
  for (const issue of project.issues) {
    if (issue.parent !== null && isStandard(issue)) children.set(issue.parent, [...(children.get(issue.parent) ?? []), issue]);
  }
  for (const epic of project.epics) settleEpic(rng, epic, children.get(epic) ?? [], nowCap);
}

/** The parent's Sprint field at instant `at`, from the simulation's own events. */
function sprintsAt(issue: SimIssue, at: number): readonly number[] {
  let value = issue.sprints;
  for (let i = issue.events.length - 1; i >= 0; i -= 1) {
    const event = issue.events[i];
    if (event === undefined || event.at <= at) break;
    if (event.field === 'sprint') value = event.from;
  }
  return value;
}

interface Timed {
  at: number;
  step: Step;
}

function ownSteps(rng: Rng, sub: SimIssue, end: number, resolve: boolean): Timed[] {
  const steps: Step[] = [toStatus('progress'), ...(resolve ? [toStatus('done')] : [])];
  if (rng.chance(0.15)) steps.splice(1, 0, toEstimate(revisedEstimate(rng, sub.estimate)));
  const times = stepTimes(rng, sub.created, end, steps.length) ?? [];
  return times.map((at, i) => ({ at, step: steps[i] as Step }));
}

function liveSubtask(rng: Rng, counter: IssueCounter, project: SimProject, parent: SimIssue, nowCap: number): void {
  const parentDone = parent.events.find((e) => e.field === 'status' && isDoneStatus(e.to));
  const end = parentDone?.at ?? nowCap;
  const created = parent.created + rng.int(10, 3 * 24 * 60) * MINUTE;
  if (created >= end - 10 * MINUTE) return;
  const sub = createSubtask(rng, counter, project, parent, created);
  sub.sprints = [...sprintsAt(parent, created)];
  const mirrored: Timed[] = parent.events.flatMap((e) =>
    e.field === 'sprint' && e.at > created ? [{ at: e.at, step: (i: SimIssue, at: number) => setSprints(i, at, e.to) }] : [],
  );
  const own = ownSteps(rng, sub, end, parentDone !== undefined || rng.chance(0.3));
  [...mirrored, ...own].sort((a, b) => a.at - b.at).forEach(({ at, step }) => step(sub, at));
}

/** Gives some standard issues one to three sub-tasks. */
export function addSubtasks(rng: Rng, counter: IssueCounter, project: SimProject, nowCap: number): void {
  for (const parent of project.issues.filter(isStandard)) {
    if (!rng.chance(0.09)) continue;
    for (let n = rng.int(1, 3); n > 0; n -= 1) liveSubtask(rng, counter, project, parent, nowCap);
  }
}
