import type { FixtureBoard, FixtureSprint } from '../fixture';
import { HttpError, ok, type RequestContext, type Route } from '../http';
import { boardColumnSets, boardIssues, timelineOf } from '../reports/boardTimelines';
import { sprintFigures, total, type BoardColumnSets, type IssueTimeline } from '../reports/sprintFigures';
import { parseInstant } from '../time';

/**
 * `GET /rest/greenhopper/1.0/rapid/charts/velocity?rapidViewId=B`, the internal endpoint behind Jira's
 * velocity chart (undocumented; the shape is the one Jira Cloud clients read, see README). Each of the
 * board's closed sprints, newest first, with `estimated` (commitment) and `completed` by contract v2.
 */
export const RAPID_VIEW_NOT_FOUND = 'The requested board cannot be viewed because it either does not exist or you do not have permission to view it.';

/** GreenHopper names the parameter in `errors`, not in `errorMessages` as the Agile API does. */
function boardOfQuery(ctx: RequestContext): FixtureBoard {
  const raw = ctx.query.get('rapidViewId')?.trim() ?? '';
  const board = /^\d+$/.test(raw) ? ctx.view.board(Number(raw)) : undefined;
  if (!board) throw new HttpError(404, '', { rapidViewId: RAPID_VIEW_NOT_FOUND });
  return board;
}

/** Jira writes these as Java doubles: `26.0`, `2.5`. */
function statistic(value: number): { value: number; text: string } {
  return { value, text: Number.isInteger(value) ? value.toFixed(1) : String(value) };
}

interface MeasuredSprint {
  sprint: FixtureSprint;
  start: number;
  complete: number;
}

/** A closed sprint without both dates has no window to measure, so it is left off the chart. */
function closedSprints(ctx: RequestContext, board: FixtureBoard): MeasuredSprint[] {
  return ctx.view
    .sprints()
    .filter((sprint) => sprint.originBoardId === board.id && sprint.state === 'closed')
    .flatMap((sprint) => {
      const start = parseInstant(sprint.startDate ?? '');
      const complete = parseInstant(sprint.completeDate ?? '');
      return start === null || complete === null ? [] : [{ sprint, start, complete }];
    })
    .sort((a, b) => b.sprint.id - a.sprint.id);
}

/** The fixture has no ranks or Confluence links: a sprint's sequence is its id, as for sprints never reordered. */
function sprintBean(sprint: FixtureSprint): Record<string, unknown> {
  return { id: sprint.id, sequence: sprint.id, name: sprint.name, state: 'CLOSED', linkedPagesCount: 0, goal: sprint.goal ?? '' };
}

function entryBean(measured: MeasuredSprint, issues: readonly IssueTimeline[], columns: BoardColumnSets): Record<string, unknown> {
  const window = { id: measured.sprint.id, start: measured.start, complete: measured.complete };
  const figures = sprintFigures(issues, window, columns);
  return {
    estimated: statistic(total(figures.committed)),
    completed: statistic(total(figures.completed)),
    allConsideredIssueKeys: figures.considered,
    estimatedEntries: figures.committed,
    completedEntries: figures.completed,
  };
}

/** A kanban board has no sprints: its chart is empty. */
function velocityChart(ctx: RequestContext) {
  const board = boardOfQuery(ctx);
  if (board.type === 'kanban') return ok({ sprints: [], velocityStatEntries: {} });
  const sprints = closedSprints(ctx, board);
  const issues = boardIssues(board, ctx.view).map((issue) => timelineOf(issue, board, ctx.view));
  const columns = boardColumnSets(board, ctx.view.fixture.statuses);
  return ok({
    sprints: sprints.map((measured) => sprintBean(measured.sprint)),
    velocityStatEntries: Object.fromEntries(sprints.map((measured) => [String(measured.sprint.id), entryBean(measured, issues, columns)])),
  });
}

/** Clients call it with and without the `.json` suffix, and Jira answers both. */
export const velocityChartRoutes: readonly Route[] = [
  { method: 'GET', template: '/rest/greenhopper/1.0/rapid/charts/velocity', handler: velocityChart },
  { method: 'GET', template: '/rest/greenhopper/1.0/rapid/charts/velocity.json', handler: velocityChart },
];
