import type { JiraClient } from '../../jira/client';
import type { CapacityForecast, CapacitySprintRow, SprintCapacity } from '../../shared/records';
import type { Audit, RecordStores } from '../../storage/stores';
import { getBoardSprints } from '../../jira/agile';
import type { SprintFigures } from '../../shared/figures';
import { capacityForecast, capacityRows, type BoardSprint } from './capacityFigures';
import { requireBoardSprint, requireProjectScrumBoard } from './jiraChecks';
import type { CapacitySave } from './schemas';
import { MAX_TEAM_SIZE, maxDays, workingDays } from '../../shared/capacityBound';
import { ValidationError } from '../errors';

export interface CapacityList {
  boardId: number;
  sprints: CapacitySprintRow[];
  forecast: CapacityForecast | null;
}

/** A board's closed sprints with Jira's completed points, from the product's snapshot; null before the first. */
export type ClosedSprintFigures = (boardId: number) => Promise<readonly SprintFigures[] | null>;

/**
 * The board's sprints as the numbers engine sees them: closed ones with Jira's completed points
 * (from the snapshot, replayed from changelogs, docs/METRICS.md), plus the active and future ones,
 * listed live from the board (one request) so a sprint started a minute ago is there.
 */
async function boardSprints(jira: JiraClient, boardId: number, closedFigures: ClosedSprintFigures): Promise<BoardSprint[]> {
  const [listed, figures] = await Promise.all([getBoardSprints(jira, boardId), closedFigures(boardId)]);
  const completedOf = new Map((figures ?? []).map((sprint) => [sprint.id, sprint.completed]));
  const sprints: BoardSprint[] = [];
  for (const sprint of listed) {
    if ((sprint.originBoardId ?? boardId) !== boardId) continue;
    const completedPoints = sprint.state === 'closed' ? (completedOf.get(sprint.id) ?? null) : null;
    if (sprint.state === 'closed' && (sprint.startDate === undefined || sprint.completeDate === undefined)) continue;
    sprints.push({
      id: sprint.id,
      name: sprint.name,
      state: sprint.state,
      startDate: sprint.startDate,
      endDate: sprint.endDate,
      completeDate: sprint.completeDate,
      completedPoints,
    });
  }
  return sprints;
}

/** Capacity per sprint of one of the project's scrum boards, points per available day, and the next sprint's forecast. */
export async function listCapacity(
  jira: JiraClient,
  stores: RecordStores,
  projectKey: string,
  boardId: number,
  closedFigures: ClosedSprintFigures,
): Promise<CapacityList> {
  await requireProjectScrumBoard(jira, projectKey, boardId, 'boardId');
  const [sprints, capacities] = await Promise.all([boardSprints(jira, boardId, closedFigures), stores.capacity.listByBoard(projectKey, boardId)]);
  const rows = capacityRows(sprints, capacities);
  return { boardId, sprints: rows, forecast: capacityForecast(rows) };
}

/**
 * Saves a sprint's available person-days, once the sprint is known to be the board's and the board
 * the project's, and the days within what a team can work in it (`maxDays`, src/shared/capacityBound.ts).
 * The bound reads the sprint's dates from the board's sprint listing the sprint check already made
 * (GET /rest/agile/1.0/board/{id}/sprint), so it costs no request of its own.
 */
export async function saveCapacity(jira: JiraClient, stores: RecordStores, projectKey: string, input: CapacitySave, audit: Audit): Promise<SprintCapacity> {
  const board = await requireProjectScrumBoard(jira, projectKey, input.boardId, 'capacity.boardId');
  const sprint = await requireBoardSprint(jira, board, input.sprintId, 'capacity.sprintId');
  const most = maxDays(sprint);
  if (input.availableDays > most) {
    const days = `${input.availableDays} person-days`;
    throw new ValidationError(
      'capacity.availableDays',
      `${days} is more than ${MAX_TEAM_SIZE} people can work in ${sprint.name} (${most} at most: ${MAX_TEAM_SIZE} × ${workingDays(sprint)} working days); check the value`,
    );
  }
  return stores.capacity.save(projectKey, { boardId: input.boardId, sprintId: input.sprintId }, input.availableDays, input.version, audit);
}
