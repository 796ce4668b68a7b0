import type { JiraClient } from '../../jira/client';
import type { CapacityForecast, CapacitySprintRow, SprintCapacity } from '../../shared/records';
import type { Audit, RecordStores } from '../../storage/stores';
import { productFigures } from '../../domain/productFigures';
import { findProject, loadProjectFacts } from '../rollup';
import { capacityForecast, capacityRows, type BoardSprint } from './capacityFigures';
import { requireBoardSprint, requireProjectScrumBoard } from './jiraChecks';
import type { CapacitySave } from './schemas';

export interface CapacityList {
  boardId: number;
  sprints: CapacitySprintRow[];
  forecast: CapacityForecast | null;
}

/**
 * The board's sprints as the numbers engine sees them: closed ones with Jira's completed points
 * (replayed from changelogs, docs/METRICS.md), plus the active and future ones.
 */
async function boardSprints(jira: JiraClient, projectKey: string, boardId: number): Promise<BoardSprint[]> {
  const [product] = await loadProjectFacts(jira, [await findProject(jira, projectKey)]);
  const board = product?.boards.find((candidate) => candidate.id === boardId);
  if (product === undefined || board === undefined) return [];
  const velocity = productFigures(product, 1).velocity.boards.find((candidate) => candidate.id === boardId);
  const closed: BoardSprint[] = board.closedSprints.map((sprint) => ({
    ...sprint,
    state: 'closed',
    completedPoints: velocity?.sprints.find((figures) => figures.id === sprint.id)?.completed ?? null,
  }));
  const open: BoardSprint[] = board.openSprints.map((sprint) => ({
    id: sprint.id,
    name: sprint.name,
    state: sprint.state,
    startDate: sprint.startDate,
    endDate: sprint.endDate,
    completedPoints: null,
  }));
  return [...closed, ...open];
}

/** Capacity per sprint of one of the project's scrum boards, points per available day, and the next sprint's forecast. */
export async function listCapacity(jira: JiraClient, stores: RecordStores, projectKey: string, boardId: number): Promise<CapacityList> {
  await requireProjectScrumBoard(jira, projectKey, boardId, 'boardId');
  const [sprints, capacities] = await Promise.all([boardSprints(jira, projectKey, boardId), stores.capacity.listByBoard(projectKey, boardId)]);
  const rows = capacityRows(sprints, capacities);
  return { boardId, sprints: rows, forecast: capacityForecast(rows) };
}

/** Saves a sprint's available person-days, once the sprint is known to be the board's and the board the project's. */
export async function saveCapacity(jira: JiraClient, stores: RecordStores, projectKey: string, input: CapacitySave, audit: Audit): Promise<SprintCapacity> {
  const board = await requireProjectScrumBoard(jira, projectKey, input.boardId, 'capacity.boardId');
  await requireBoardSprint(jira, board, input.sprintId, 'capacity.sprintId');
  return stores.capacity.save(projectKey, { boardId: input.boardId, sprintId: input.sprintId }, input.availableDays, input.version, audit);
}
