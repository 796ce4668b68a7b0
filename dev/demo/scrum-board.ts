/**
 * A scrum board's two years, sprint by sprint. Each closed sprint's report is read from the live
 * state at its start (after every change at or before it) and completion (likewise), never from
 * the changelog (sprint-report.ts).
 */
import { isDoneStatus } from './catalogue';
import { backlog, members, takeSome, type BoardRun } from './board-run';
import { setSprints, type SimIssue, type SimSprint } from './model';
import { reportSprint, watchSprint } from './sprint-report';
import { createBacklog, planSprint } from './scrum-planning';
import { executeSprint } from './scrum-execution';
import { addSprint, runSteps } from './steps';
import { DAY, HOUR } from './time';

/**
 * Completes `sprint`: most issues outside the board's done column carry over into the next sprint at
 * that instant, as Jira offers; resolved ones a middle column holds (Won't Do) mostly stay behind.
 */
function completeSprint(run: BoardRun, sprint: SimSprint, next: SimSprint, at: number): void {
  for (const issue of members(run, sprint.id)) {
    if (issue.doneColumn.has(issue.status)) continue;
    if (run.rng.chance(isDoneStatus(issue.status) ? 0.3 : 0.8)) setSprints(issue, at, [...issue.sprints, next.id]);
  }
}

function runClosedSprint(run: BoardRun, sprint: SimSprint, from: number): number {
  const next = run.sprints[sprint.index + 1];
  if (sprint.start === null || sprint.complete === null || next === undefined) {
    throw new Error(`simulation: closed sprint ${sprint.id} needs a start, a completion and a successor`);
  }
  planSprint(run, sprint, from);
  const watch = watchSprint(run, sprint, sprint.start);
  executeSprint(run, sprint, members(run, sprint.id), sprint.complete, 1);
  completeSprint(run, sprint, next, sprint.complete);
  run.figures.push(reportSprint(run, watch));
  return sprint.complete;
}

/** The active sprint up to now, and issues already planned into the future sprint. */
function runActiveSprint(run: BoardRun, active: SimSprint, future: SimSprint, from: number): void {
  const start = active.start ?? from;
  planSprint(run, active, from);
  const progress = Math.min(1, (run.nowCap - start) / ((active.end ?? start + 14 * DAY) - start));
  executeSprint(run, active, members(run, active.id), run.nowCap, progress);
  const touched = new Set<SimIssue>();
  for (const issue of takeSome(run, backlog(run, active.id, touched), run.rng.round(run.rate * 0.5), touched)) {
    runSteps(run.rng, issue, { from: start, until: run.nowCap }, [addSprint(future.id)]);
  }
}

/** Simulates the board's sprints in order; `run.figures` receives each closed sprint's figures. */
export function simulateScrumBoard(run: BoardRun): void {
  const first = run.sprints[0];
  if (first?.start == null) throw new Error(`simulation: board ${run.board.id} has no sprints`);
  createBacklog(run, run.rng.round(run.rate * 3), first.start - 40 * DAY, first.start - 2 * HOUR);
  let from = first.start - 10 * DAY;
  for (const sprint of run.sprints) {
    if (sprint.state === 'closed') from = runClosedSprint(run, sprint, from);
    const future = run.sprints[sprint.index + 1];
    if (sprint.state === 'active' && future !== undefined) runActiveSprint(run, sprint, future, from);
  }
}
