import type { FixtureBoard, FixtureSprint } from '../fixture';
import { HttpError, idParam, intParam, type RequestContext } from '../http';

/** Jira Software's page size cap and not-found answers, shared by the agile routes. */
export const AGILE_PAGE_MAX = 50;
export const BOARD_NOT_FOUND = 'Board does not exist or you do not have permission to see it.';
export const SPRINT_NOT_FOUND = 'Sprint does not exist or you do not have permission to see it.';

export function boardFromPath(ctx: RequestContext): FixtureBoard {
  const board = ctx.view.board(idParam(ctx, 'boardId', BOARD_NOT_FOUND));
  if (!board) throw new HttpError(404, BOARD_NOT_FOUND);
  return board;
}

export function sprintFromPath(ctx: RequestContext): FixtureSprint {
  const sprint = ctx.view.sprint(idParam(ctx, 'sprintId', SPRINT_NOT_FOUND));
  if (!sprint) throw new HttpError(404, SPRINT_NOT_FOUND);
  return sprint;
}

export function pageParams(ctx: RequestContext): { startAt: number; maxResults: number } {
  return {
    startAt: intParam(ctx.query, 'startAt', { fallback: 0 }),
    maxResults: intParam(ctx.query, 'maxResults', { fallback: AGILE_PAGE_MAX, cap: AGILE_PAGE_MAX }),
  };
}
