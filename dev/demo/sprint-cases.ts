/**
 * Sprint histories that Jira Cloud's velocity treats specially (METRICS.md, contract v2), as teams
 * make them: work already done when the sprint starts, work done before it joins the sprint, work
 * parked in a status no column of the board holds, and issues removed and put back within minutes.
 */
import { backlog, isFinished, members, takeSome, type BoardRun, type Window } from './board-run';
import { lastAt, type SimIssue, type SimSprint } from './model';
import { addSprint, removeSprint, runSteps, stepTimes, toStatus, workPath, type Step } from './steps';
import { DAY, MINUTE } from './time';

/** Steps that put the issue in its board's done column: Ready for Release now and then, where the board has it there. */
function doneSteps(run: BoardRun, issue: SimIssue): Step[] {
  const end = issue.doneColumn.has('ready') && run.rng.chance(0.3) ? 'ready' : 'done';
  return workPath(run.rng, issue.status, end);
}

/**
 * Planning: a few backlog issues are finished before the sprint starts, some after being put in it
 * and some before, so that they are in it at its start already done (completed outside it).
 */
export function finishBeforeStart(run: BoardRun, sprint: SimSprint, window: Window, touched: Set<SimIssue>): void {
  for (const issue of takeSome(run, backlog(run, sprint.id, touched), run.rng.round(run.rate * 0.06), touched)) {
    const done = doneSteps(run, issue);
    runSteps(run.rng, issue, window, run.rng.chance(0.5) ? [addSprint(sprint.id), ...done] : [...done, addSprint(sprint.id)]);
  }
}

/** Planning: a few issues of the sprint are parked (blocked) before it starts, so they start in a status no column may hold. */
export function parkBeforeStart(run: BoardRun, sprint: SimSprint, window: Window, touched: Set<SimIssue>): void {
  const open = members(run, sprint.id).filter((i) => !isFinished(i) && !touched.has(i));
  for (const issue of takeSome(run, open, run.rng.round(run.rate * 0.05), touched)) {
    runSteps(run.rng, issue, window, [toStatus('parked')]);
  }
}

/**
 * During the sprint: issues finished recently outside it (in the backlog, or left behind by an
 * earlier sprint) are added to it to show the work, which Jira counts as completed outside it.
 */
export function addFinished(run: BoardRun, sprint: SimSprint, window: Window): void {
  const recent = (i: SimIssue) => i.doneSince !== null && i.doneSince > window.from - 30 * DAY && i.doneSince < window.until;
  const candidates = run.issues.filter((i) => i.doneColumn.has(i.status) && recent(i) && !i.sprints.some((s) => s >= sprint.id));
  for (const issue of run.rng.shuffle(candidates).slice(0, run.rng.round(run.rate * 0.06))) {
    runSteps(run.rng, issue, window, [addSprint(sprint.id)]);
  }
}

/** Removes the issue from the sprint and puts it back one to nine minutes later, as a slip of the hand does. */
export function bounce(run: BoardRun, issue: SimIssue, sprint: SimSprint, window: Window): void {
  if (!issue.sprints.includes(sprint.id)) return;
  const [out] = stepTimes(run.rng, Math.max(window.from, lastAt(issue)), window.until - 10 * MINUTE, 1) ?? [];
  if (out === undefined) return;
  removeSprint(sprint.id)(issue, out);
  addSprint(sprint.id)(issue, out + run.rng.int(1, 9) * MINUTE);
}
