import { z } from 'zod';
import type { JiraClient } from './client';
import { boardConfigurationSchema, boardSchema, offsetPageSchema, sprintSchema, type JiraBoard, type JiraBoardConfiguration, type JiraSprint } from './models';
import { collectPages, pagesByOffset } from './pagination';
import { segment } from './request';

/** Jira Software caps its pages at 50. */
const boardPage = offsetPageSchema(boardSchema);
const sprintPage = offsetPageSchema(sprintSchema);
const AGILE_PAGE_SIZE = 50;

/** GET /rest/agile/1.0/board, every page; for one project when `projectKeyOrId` is given. */
export function getBoards(jira: JiraClient, projectKeyOrId?: string): Promise<JiraBoard[]> {
  return collectPages(
    pagesByOffset((startAt) =>
      jira.request({ method: 'GET', path: '/rest/agile/1.0/board', query: { startAt, maxResults: AGILE_PAGE_SIZE, projectKeyOrId } }, boardPage),
    ),
  );
}

/** GET /rest/agile/1.0/board/{boardId}: the board and its location (project). */
export function getBoard(jira: JiraClient, boardId: number): Promise<JiraBoard> {
  return jira.request({ method: 'GET', path: `/rest/agile/1.0/board/${segment(boardId)}` }, boardSchema);
}

/** GET /rest/agile/1.0/board/{boardId}/configuration: carries the board's estimation field. */
export function getBoardConfiguration(jira: JiraClient, boardId: number): Promise<JiraBoardConfiguration> {
  return jira.request({ method: 'GET', path: `/rest/agile/1.0/board/${segment(boardId)}/configuration` }, boardConfigurationSchema);
}

/** GET /rest/agile/1.0/board/{boardId}/sprint, every page, in the given states. */
export function getBoardSprints(
  jira: JiraClient,
  boardId: number,
  states: readonly JiraSprint['state'][] = ['closed', 'active', 'future'],
): Promise<JiraSprint[]> {
  return collectPages(
    pagesByOffset((startAt) =>
      jira.request(
        {
          method: 'GET',
          path: `/rest/agile/1.0/board/${segment(boardId)}/sprint`,
          query: { startAt, maxResults: AGILE_PAGE_SIZE, state: states.join(',') },
        },
        sprintPage,
      ),
    ),
  );
}

const velocityReportSchema = z.object({
  sprints: z.array(z.object({ id: z.number(), name: z.string() })),
  velocityStatEntries: z.record(z.string(), z.object({ estimated: z.object({ value: z.number() }), completed: z.object({ value: z.number() }) })),
});
export type JiraVelocityReport = z.infer<typeof velocityReportSchema>;

/**
 * GET /rest/greenhopper/1.0/rapid/charts/velocity?rapidViewId={boardId}: Jira's own velocity chart.
 * Internal and undocumented, but answered on Jira Cloud; only `--verify` reads it, to set our figures
 * beside Jira's. Reportedly it lists only the last dozen or so closed sprints.
 */
export function getVelocityReport(jira: JiraClient, boardId: number): Promise<JiraVelocityReport> {
  return jira.request({ method: 'GET', path: '/rest/greenhopper/1.0/rapid/charts/velocity', query: { rapidViewId: boardId } }, velocityReportSchema);
}
