/**
 * Sprint and release calendars. Each scrum board runs back-to-back sprints of `sprintWeeks`
 * (ending the evening before the next one starts) for `months` up to `now`: closed sprints,
 * one active sprint that contains `now`, and one future sprint without dates, as Jira has them.
 */
import type { VersionJson } from './fixture-types';
import type { SimBoard, SimSprint } from './model';
import { SPRINT_GOALS } from './names';
import type { Rng } from './rng';
import { DAY, endOfLocalDate, floorMinute, HOUR, localDate, MINUTE } from './time';

export interface CalendarOptions {
  now: number;
  historyStart: number;
  sprintWeeks: number;
  timeZone: string;
}

/** Start instants of the board's sprints, oldest first; the last one is the active sprint's. */
function sprintStarts(rng: Rng, options: CalendarOptions): number[] {
  const period = options.sprintWeeks * 7 * DAY;
  const activeStart = floorMinute(options.now - rng.int(HOUR, period - DAY - HOUR));
  const starts = [activeStart];
  for (let j = 1; ; j += 1) {
    const start = floorMinute(activeStart - j * period + rng.int(-60, 60) * MINUTE);
    if (start < options.historyStart) return starts.reverse();
    starts.push(start);
  }
}

/** Closed, active and future sprints of `board`, with ids from `firstId` upwards. */
export function buildSprints(rng: Rng, board: SimBoard, firstId: number, options: CalendarOptions): SimSprint[] {
  const starts = sprintStarts(rng, options);
  const length = options.sprintWeeks * 7 * DAY - DAY;
  const sprints: SimSprint[] = starts.map((start, index) => {
    const next = starts[index + 1];
    const active = next === undefined;
    const complete = active ? null : Math.min(start + length + rng.int(-120, 840) * MINUTE, next - 2 * HOUR);
    return {
      id: firstId + index,
      boardId: board.id,
      index,
      name: `${board.name} Sprint ${index + 1}`,
      state: active ? 'active' : 'closed',
      start,
      end: start + length,
      complete,
      goal: active || rng.chance(0.5) ? rng.pick(SPRINT_GOALS) : '',
    };
  });
  const future = starts.length;
  sprints.push({
    id: firstId + future,
    boardId: board.id,
    index: future,
    name: `${board.name} Sprint ${future + 1}`,
    state: 'future',
    start: null,
    end: null,
    complete: null,
    goal: '',
  });
  return sprints;
}

/** Quarterly releases from the start of the history until two past `now`; released when past. */
export function buildReleases(projectId: string, key: string, firstId: number, options: CalendarOptions): VersionJson[] {
  const quarter = 91 * DAY;
  const out: VersionJson[] = [];
  let start = options.historyStart;
  for (let n = 1; start < options.now + quarter; n += 1) {
    const startDate = localDate(start, options.timeZone);
    const releaseDate = localDate(start + quarter, options.timeZone);
    const released = endOfLocalDate(releaseDate, options.timeZone) <= options.now;
    out.push({
      id: String(firstId + n - 1),
      projectId,
      name: `${key} R${n}`,
      description: `Quarterly release ${n}`,
      archived: released && n === 1,
      released,
      startDate,
      releaseDate,
    });
    start += quarter;
  }
  return out;
}
