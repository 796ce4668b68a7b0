import type { FixtureBoard } from '../fixture';
import { HttpError, listParam, ok, type RequestContext, type Route } from '../http';
import { offsetPage } from '../paging';
import { boardBean, sprintBean } from '../render';
import { BOARD_NOT_FOUND, boardFromPath, pageParams, sprintFromPath } from './agileCommon';
import { boardConfiguration } from './boardConfiguration';
import { sprintIssues } from './sprintIssues';

/** Jira Software's boards and sprints, seen through the caller's browsable projects. */
const SPRINT_STATES = ['future', 'active', 'closed'];

function boardJson(ctx: RequestContext, board: FixtureBoard) {
  const project = ctx.view.project(board.location.projectId);
  if (!project) throw new HttpError(404, BOARD_NOT_FOUND);
  return boardBean(board, project, ctx.baseUrl);
}

/** A project filter naming no browsable project gives an empty page, never a hint that it exists. */
function listBoards(ctx: RequestContext) {
  const { startAt, maxResults } = pageParams(ctx);
  const projectKeyOrId = ctx.query.get('projectKeyOrId');
  const project = projectKeyOrId === null ? undefined : ctx.view.project(projectKeyOrId);
  const types = listParam(ctx.query, 'type');
  const name = ctx.query.get('name')?.toLowerCase();
  const boards = ctx.view
    .boards()
    .filter((b) => (projectKeyOrId === null ? true : b.location.projectId === project?.id))
    .filter((b) => (types ? types.includes(b.type) : true))
    .filter((b) => (name ? b.name.toLowerCase().includes(name) : true))
    .sort((a, b) => a.id - b.id);
  return ok(
    offsetPage(
      boards.map((board) => boardJson(ctx, board)),
      startAt,
      maxResults,
    ),
  );
}

function boardSprints(ctx: RequestContext) {
  const board = boardFromPath(ctx);
  if (board.type !== 'scrum') throw new HttpError(400, 'The board does not support sprints');
  const { startAt, maxResults } = pageParams(ctx);
  const states = listParam(ctx.query, 'state') ?? SPRINT_STATES;
  const invalid = states.find((state) => !SPRINT_STATES.includes(state));
  if (invalid !== undefined) throw new HttpError(400, `The sprint state '${invalid}' is not valid. Valid states are: ${SPRINT_STATES.join(', ')}.`);
  const sprints = ctx.view.sprints().filter((s) => s.originBoardId === board.id && states.includes(s.state));
  const { total: _total, ...page } = offsetPage(
    sprints.map((s) => sprintBean(s, ctx.baseUrl)),
    startAt,
    maxResults,
  );
  return ok(page);
}

export const agileRoutes: readonly Route[] = [
  { method: 'GET', template: '/rest/agile/1.0/board', handler: listBoards },
  { method: 'GET', template: '/rest/agile/1.0/board/{boardId}', handler: (ctx) => ok(boardJson(ctx, boardFromPath(ctx))) },
  { method: 'GET', template: '/rest/agile/1.0/board/{boardId}/configuration', handler: (ctx) => ok(boardConfiguration(ctx, boardFromPath(ctx))) },
  { method: 'GET', template: '/rest/agile/1.0/board/{boardId}/sprint', handler: boardSprints },
  { method: 'GET', template: '/rest/agile/1.0/sprint/{sprintId}', handler: (ctx) => ok(sprintBean(sprintFromPath(ctx), ctx.baseUrl)) },
  { method: 'GET', template: '/rest/agile/1.0/sprint/{sprintId}/issue', handler: (ctx) => sprintIssues(ctx, sprintFromPath(ctx)) },
  {
    method: 'GET',
    template: '/rest/agile/1.0/board/{boardId}/sprint/{sprintId}/issue',
    handler: (ctx) => {
      boardFromPath(ctx);
      return sprintIssues(ctx, sprintFromPath(ctx));
    },
  },
];
