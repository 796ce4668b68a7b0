/**
 * Sprint planning: everything that happens to a board's issues between the previous sprint's
 * completion and the next sprint's start (inclusive), so that it is all in the commitment.
 */
import { backlog, members, newIssue, takeSome, type BoardRun, type Window } from './board-run';
import { initialEstimate, revisedEstimate } from './issues';
import type { SimIssue, SimSprint } from './model';
import { finishBeforeStart, parkBeforeStart } from './sprint-cases';
import { addSprint, runSteps, toEstimate, toStatus, type Step } from './steps';
import { DAY, HOUR, MINUTE } from './time';

/** Creates `count` backlog issues at instants in [from, until]. */
export function createBacklog(run: BoardRun, count: number, from: number, until: number): void {
  for (let n = 0; n < count; n += 1) {
    newIssue(run, run.rng.int(Math.ceil(from / MINUTE), Math.floor(until / MINUTE)) * MINUTE);
  }
}

/** Resolved issues are reopened (Done → In Progress); half of them go straight into `sprint`. */
function reopenResolved(run: BoardRun, sprint: SimSprint, window: Window, touched: Set<SimIssue>): void {
  const resolved = run.issues.filter((i) => i.resolvedAt !== null && i.resolvedAt > window.from - 120 * DAY && i.resolvedAt < window.from && !touched.has(i));
  for (const issue of takeSome(run, resolved, run.rng.round(run.rate * 0.04), touched)) {
    const steps = [toStatus('progress'), ...(run.rng.chance(0.5) ? [addSprint(sprint.id)] : [])];
    runSteps(run.rng, issue, window, steps);
  }
}

/** Backlog refinement: unestimated issues get estimates, some estimates change or are cleared. */
function refineBacklog(run: BoardRun, openFromId: number, window: Window, touched: Set<SimIssue>): void {
  const candidates = backlog(run, openFromId, touched).sort((a, b) => Number(a.estimate !== null) - Number(b.estimate !== null));
  for (const issue of takeSome(run, candidates, run.rng.round(run.rate * 0.3), touched)) {
    const next = issue.estimate === null ? (initialEstimate(run.rng, issue.kind) ?? 3) : run.rng.chance(0.05) ? null : revisedEstimate(run.rng, issue.estimate);
    runSteps(run.rng, issue, window, [toEstimate(next)]);
  }
}

/** Fills `sprint` from the backlog, sometimes exactly at its start, sometimes re-estimating after. */
function commitIssues(run: BoardRun, sprint: SimSprint, window: Window, touched: Set<SimIssue>): void {
  const target = run.rng.round(run.rate * (0.8 + 0.5 * run.rng.next()));
  const count = Math.max(run.rng.chance(0.3) ? 1 : 0, target - members(run, sprint.id).length);
  for (const issue of takeSome(run, backlog(run, sprint.id, touched), count, touched)) {
    const steps: Step[] = [addSprint(sprint.id)];
    if (run.rng.chance(0.12)) steps.push(toEstimate(revisedEstimate(run.rng, issue.estimate)));
    const exact = run.rng.chance(0.05) ? window.until : undefined;
    if (!runSteps(run.rng, issue, window, steps, exact)) runSteps(run.rng, issue, window, steps);
  }
}

/** Issues already in `sprint` (carried over, moved ahead) re-estimated before it starts. */
function reestimateCommitted(run: BoardRun, sprint: SimSprint, window: Window, touched: Set<SimIssue>): void {
  for (const issue of members(run, sprint.id)) {
    if (touched.has(issue) || !run.rng.chance(0.1)) continue;
    touched.add(issue);
    const exact = run.rng.chance(0.2) ? window.until : undefined;
    runSteps(run.rng, issue, window, [toEstimate(revisedEstimate(run.rng, issue.estimate))], exact);
  }
}

/** Estimates revised after the work was done, which changes workload but not velocity. */
function reviseResolved(run: BoardRun, window: Window, touched: Set<SimIssue>): void {
  const done = run.issues.filter((i) => i.status === 'done' && !touched.has(i));
  for (const issue of takeSome(run, done.slice(-20), run.rng.round(run.rate * 0.03), touched)) {
    runSteps(run.rng, issue, window, [toEstimate(revisedEstimate(run.rng, issue.estimate))]);
  }
}

/** Work waiting in Ready for Release is mostly released (Done) between sprints. */
function releaseReady(run: BoardRun, window: Window, touched: Set<SimIssue>): void {
  for (const issue of run.issues.filter((i) => i.status === 'ready' && !touched.has(i))) {
    if (!run.rng.chance(0.6)) continue;
    touched.add(issue);
    runSteps(run.rng, issue, window, [toStatus('done')]);
  }
}

/** Planning for `sprint` in (from, sprint start]. */
export function planSprint(run: BoardRun, sprint: SimSprint, from: number): void {
  const start = sprint.start ?? from;
  const window = { from, until: start };
  createBacklog(run, run.rng.round(run.rate), start - 14 * DAY, start - 2 * HOUR);
  const touched = new Set<SimIssue>();
  releaseReady(run, window, touched);
  reopenResolved(run, sprint, window, touched);
  refineBacklog(run, sprint.id, window, touched);
  commitIssues(run, sprint, window, touched);
  finishBeforeStart(run, sprint, window, touched);
  reestimateCommitted(run, sprint, window, touched);
  parkBeforeStart(run, sprint, window, touched);
  reviseResolved(run, window, touched);
}
