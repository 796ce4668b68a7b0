import type { FixtureBoard, FixtureBoardFilter, FixtureStatus } from '../fixture';
import type { RequestContext } from '../http';
import { STATUS_CATEGORIES } from '../jiraConstants';
import { compact } from '../render';
import { RANK_FIELD_TYPE } from '../siteView';

/**
 * `GET /rest/agile/1.0/board/{id}/configuration`. The fixture gives the estimation, and may give the
 * columns and the filter; without them the board is what a new Jira board is: one column per status
 * category holding its statuses, and a filter on its own project whose id is the board's. Ranked by the
 * site's Rank field (left out when the fixture has none).
 */
/** The board's columns with the ids of the statuses each holds, left to right. */
export function boardColumns(board: FixtureBoard, statuses: readonly FixtureStatus[]): { name: string; statusIds: string[] }[] {
  if (board.columnConfig) return board.columnConfig.columns.map((column) => ({ name: column.name, statusIds: column.statuses.map((s) => s.id) }));
  return STATUS_CATEGORIES.map((category) => ({
    name: category.name,
    statusIds: statuses.filter((s) => s.statusCategory.key === category.key).map((s) => s.id),
  }));
}

function columns(ctx: RequestContext, board: FixtureBoard): { name: string; statuses: { id: string; self: string }[] }[] {
  const status = (id: string) => ({ id, self: `${ctx.baseUrl}/rest/api/3/status/${id}` });
  return boardColumns(board, ctx.view.fixture.statuses).map((column) => ({ name: column.name, statuses: column.statusIds.map(status) }));
}

/** The board's saved filter: the fixture's, else Jira's default for a new board. */
export function boardFilter(board: FixtureBoard): FixtureBoardFilter {
  return board.filter ?? { id: String(board.id), name: `Filter for ${board.name}`, jql: `project = ${board.location.projectKey} ORDER BY Rank ASC` };
}

export function boardConfiguration(ctx: RequestContext, board: FixtureBoard): Record<string, unknown> {
  const { fixture } = ctx.view;
  const filterId = boardFilter(board).id;
  const rank = fixture.fields.find((field) => field.schema?.custom === RANK_FIELD_TYPE)?.schema?.customId;
  return compact({
    id: board.id,
    name: board.name,
    type: board.type,
    self: `${ctx.baseUrl}/rest/agile/1.0/board/${board.id}/configuration`,
    location: { type: 'project', projectKeyOrId: board.location.projectId },
    filter: { id: filterId, self: `${ctx.baseUrl}/rest/api/3/filter/${filterId}` },
    columnConfig: { columns: columns(ctx, board), constraintType: 'none' },
    estimation: board.estimation,
    ranking: rank === undefined ? undefined : { rankCustomFieldId: rank },
  });
}
