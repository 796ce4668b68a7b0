import type { FixtureBoard } from '../fixture';
import type { RequestContext } from '../http';
import { STATUS_CATEGORIES } from '../jiraConstants';
import { compact } from '../render';
import { RANK_FIELD_TYPE } from '../siteView';

/**
 * `GET /rest/agile/1.0/board/{id}/configuration`. The fixture gives the estimation; the rest is what a
 * new Jira board has: one column per status category holding its statuses, ranked by the site's Rank
 * field (left out when the fixture has none), and a filter. The fixture names no filters, so the
 * board's id stands in for its filter's.
 */
export function boardConfiguration(ctx: RequestContext, board: FixtureBoard): Record<string, unknown> {
  const { fixture } = ctx.view;
  const columns = STATUS_CATEGORIES.map((category) => ({
    name: category.name,
    statuses: fixture.statuses
      .filter((status) => status.statusCategory.key === category.key)
      .map((status) => ({ id: status.id, self: `${ctx.baseUrl}/rest/api/3/status/${status.id}` })),
  }));
  const rank = fixture.fields.find((field) => field.schema?.custom === RANK_FIELD_TYPE)?.schema?.customId;
  return compact({
    id: board.id,
    name: board.name,
    type: board.type,
    self: `${ctx.baseUrl}/rest/agile/1.0/board/${board.id}/configuration`,
    location: { type: 'project', projectKeyOrId: board.location.projectId },
    filter: { id: String(board.id), self: `${ctx.baseUrl}/rest/api/3/filter/${board.id}` },
    columnConfig: { columns, constraintType: 'none' },
    estimation: board.estimation,
    ranking: rank === undefined ? undefined : { rankCustomFieldId: rank },
  });
}
