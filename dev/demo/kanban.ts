/**
 * A kanban board's flow: issues arrive every fortnight and move to Done (or Won't Do) after a lead
 * time, without sprints; some are still in flight at `now`, a few are reopened.
 */
import { newIssue, type BoardRun } from './board-run';
import { finish } from './scrum-execution';
import { runSteps, toStatus } from './steps';
import { DAY, MINUTE } from './time';

/** Simulates arrivals from `from` to now in fortnightly batches. */
export function simulateKanban(run: BoardRun, from: number): void {
  for (let start = from; start < run.nowCap - DAY; start += 14 * DAY) {
    const count = run.rng.round(run.rate);
    for (let n = 0; n < count; n += 1) {
      const created = run.rng.int(Math.ceil(start / MINUTE), Math.floor(Math.min(start + 14 * DAY, run.nowCap - DAY) / MINUTE)) * MINUTE;
      flow(run, created);
    }
  }
}

function flow(run: BoardRun, created: number): void {
  const issue = newIssue(run, created);
  const leadTime = run.rng.int(2 * 60, 30 * 24 * 60) * MINUTE;
  const end = run.rng.weighted<'done' | 'wontdo'>([
    ['done', 94],
    ['wontdo', 6],
  ]);
  const window = { from: created, until: Math.min(created + leadTime, run.nowCap) };
  if (created + leadTime <= run.nowCap) {
    finish(run, issue, window, end, false);
    return;
  }
  if (run.rng.chance(0.6)) runSteps(run.rng, issue, window, [toStatus('progress')]);
}
