/**
 * A sprint from its start to its completion (or to now for the active sprint): committed issues are
 * worked, finished, reopened, abandoned, removed or moved on; scope is added; backlog issues are
 * resolved outside any sprint.
 */
import type { StatusKey } from './catalogue';
import { backlog, isFinished, newIssue, resolutionInstant, takeSome, type BoardRun, type Window } from './board-run';
import { revisedEstimate } from './issues';
import type { SimIssue, SimSprint } from './model';
import { addFinished, bounce } from './sprint-cases';
import { moveSprint, addSprint, removeSprint, runSteps, toEstimate, toStatus, workPath } from './steps';
import { DAY, HOUR, MINUTE } from './time';

type Outcome = 'done' | 'wontdo' | 'open' | 'toBacklog' | 'toNext';

/** Share of a done column's finished work that stops at Ready for Release, where the board has it there. */
const STOPS_AT_READY = 0.35;

/**
 * Works the issue to `end` (Done or Won't Do), sometimes re-estimating on the way or reopening after.
 * Where the board's done column holds Ready for Release, work often stops there, sometimes released
 * (Done) before the window ends.
 */
export function finish(run: BoardRun, issue: SimIssue, window: Window, end: 'done' | 'wontdo', exactEnd: boolean): void {
  const ready = end === 'done' && issue.doneColumn.has('ready') && run.rng.chance(STOPS_AT_READY);
  const steps = workPath(run.rng, issue.status, ready ? 'ready' : end);
  if (ready && run.rng.chance(0.3)) steps.push(toStatus('done'));
  if (run.rng.chance(0.1)) {
    steps.splice(run.rng.int(0, steps.length - 1), 0, toEstimate(revisedEstimate(run.rng, issue.estimate)));
  }
  const at = resolutionInstant(run, issue, window, exactEnd);
  if (!runSteps(run.rng, issue, window, steps, at)) runSteps(run.rng, issue, window, steps);
  if (end === 'done' && run.rng.chance(0.07)) {
    const again = run.rng.chance(0.6) ? workPath(run.rng, 'progress', 'done') : [];
    runSteps(run.rng, issue, window, [toStatus('progress'), ...again]);
  }
}

function keepOpen(run: BoardRun, issue: SimIssue, window: Window): void {
  const end = run.rng.weighted<StatusKey>([
    ['todo', 1],
    ['progress', 2],
    ['review', 1],
    ['parked', 0.3],
  ]);
  const steps = end === 'todo' ? [] : workPath(run.rng, issue.status, end);
  if (run.rng.chance(0.12)) steps.push(toEstimate(revisedEstimate(run.rng, issue.estimate)));
  runSteps(run.rng, issue, window, steps);
}

function workInSprint(run: BoardRun, issue: SimIssue, sprint: SimSprint, window: Window, outcome: Outcome): void {
  const next = run.sprints[sprint.index + 1];
  const exactEnd = sprint.complete !== null;
  if (outcome === 'done' || outcome === 'wontdo') finish(run, issue, window, outcome, exactEnd);
  else if (outcome === 'open' || next === undefined) keepOpen(run, issue, window);
  else if (outcome === 'toBacklog') runSteps(run.rng, issue, window, [removeSprint(sprint.id)]);
  else runSteps(run.rng, issue, window, [moveSprint(sprint.id, next.id)]);
}

/** An issue done before the sprint started is mostly left alone; sometimes it is reopened and worked again. */
function reopenFinished(run: BoardRun, issue: SimIssue, window: Window, progress: number): void {
  if (run.rng.chance(0.35 * progress)) finish(run, issue, window, 'done', false);
}

/** Works a committed issue, now and then removing it from the sprint and putting it back minutes later, before or after. */
function workCommitted(run: BoardRun, issue: SimIssue, sprint: SimSprint, window: Window, progress: number): void {
  if (run.rng.chance(0.03)) bounce(run, issue, sprint, window);
  workInSprint(run, issue, sprint, window, outcomeFor(run, progress, true));
  if (run.rng.chance(0.04)) bounce(run, issue, sprint, window);
}

function outcomeFor(run: BoardRun, progress: number, removable: boolean): Outcome {
  return run.rng.weighted<Outcome>([
    ['done', 66 * progress],
    ['wontdo', 4 * progress],
    ['open', 20 + 70 * (1 - progress)],
    ['toBacklog', removable ? 5 : 0],
    ['toNext', removable ? 5 : 0],
  ]);
}

/** Issues added after the sprint started: new (often bugs found meanwhile) or from the backlog. */
function addScope(run: BoardRun, sprint: SimSprint, window: Window, touched: Set<SimIssue>, progress: number): void {
  const count = run.rng.round(run.rate * 0.25 * progress);
  const fromBacklog = takeSome(run, backlog(run, sprint.id, touched), run.rng.round(count / 2), touched);
  const fresh: SimIssue[] = [];
  for (let n = fromBacklog.length; n < count && window.until - window.from > 2 * DAY; n += 1) {
    const created = run.rng.int(Math.ceil((window.from + HOUR) / MINUTE), Math.floor((window.until - DAY) / MINUTE)) * MINUTE;
    fresh.push(newIssue(run, created));
  }
  for (const issue of [...fromBacklog, ...fresh]) {
    touched.add(issue);
    const addWindow = { from: window.from, until: Math.max(window.from + HOUR, window.until - 2 * HOUR) };
    if (!runSteps(run.rng, issue, addWindow, [addSprint(sprint.id)])) continue;
    workInSprint(run, issue, sprint, window, outcomeFor(run, progress * 0.9, false));
  }
}

/** Backlog issues resolved without ever being in a sprint now (hotfixes, stale items closed). */
function workBacklog(run: BoardRun, sprint: SimSprint, window: Window, touched: Set<SimIssue>, progress: number): void {
  const candidates = backlog(run, sprint.id, touched).sort((a, b) => Number(b.kind === 'bug') - Number(a.kind === 'bug'));
  for (const issue of takeSome(run, candidates, run.rng.round(run.rate * 0.12 * progress), touched)) {
    finish(run, issue, window, 'done', false);
  }
  const stale = backlog(run, sprint.id, touched).filter((i) => i.created < window.from - 90 * DAY);
  for (const issue of takeSome(run, stale, run.rng.round(run.rate * 0.04 * progress), touched)) {
    runSteps(run.rng, issue, window, [toStatus('wontdo')]);
  }
}

/**
 * Works `sprint` from its start to `until`: `committed` are the issues in it at its start;
 * `progress` is the share of the sprint that has elapsed by `until` (1 for a closed sprint).
 */
export function executeSprint(run: BoardRun, sprint: SimSprint, committed: readonly SimIssue[], until: number, progress: number): void {
  const window = { from: sprint.start ?? until, until };
  const touched = new Set<SimIssue>(committed);
  for (const issue of committed) {
    if (isFinished(issue)) reopenFinished(run, issue, window, progress);
    else workCommitted(run, issue, sprint, window, progress);
  }
  addScope(run, sprint, window, touched, progress);
  workBacklog(run, sprint, window, touched, progress);
  addFinished(run, sprint, window);
}
