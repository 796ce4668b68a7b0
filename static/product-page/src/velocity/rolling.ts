import type { SprintFigures } from '../../../../src/shared/figures';

/** Sprints a velocity averages over (METRICS.md: mean completed of the last 3 closed sprints). */
export const VELOCITY_SPRINTS = 3;

/** Sprints the chart shows before the reader asks for all of them: Jira's velocity chart shows the last 7 (METRICS.md). */
export const RECENT_SPRINTS = 7;

/**
 * The board's velocity as it stood after each sprint: the METRICS.md definition applied at every
 * point in time, so the last value equals the board's current velocity.
 * Example: completed [10, 20, 30, 40] → [10, 15, 20, 30].
 */
export function rollingVelocity(sprints: readonly SprintFigures[]): number[] {
  return sprints.map((_, index) => {
    const window = sprints.slice(Math.max(0, index - VELOCITY_SPRINTS + 1), index + 1);
    return window.reduce((sum, sprint) => sum + sprint.completed, 0) / window.length;
  });
}
