import type { BoardFacts, BoardScope, OpenSprintFacts } from '../domain/facts';
import type { BoardColumn } from '../domain/sprintReport';
import { loadBoardScope } from './boardScope';
import type { ClosedSprint } from '../domain/velocity';
import type { JiraClient } from '../jira/client';
import { getBoardConfiguration, getBoardSprints, getBoards } from '../jira/agile';
import type { JiraBoard, JiraBoardConfiguration, JiraSprint } from '../jira/models';
import { mapConcurrent } from '../jira/limiter';

/** A board as the figures read it (src/domain/facts.ts). */
export type ProjectBoard = BoardFacts;

const REQUESTS_IN_FLIGHT = 6;

/** Active and future sprints started from this board, for planning views. */
function openSprintsOf(sprints: readonly JiraSprint[], boardId: number): OpenSprintFacts[] {
  const open: OpenSprintFacts[] = [];
  for (const { id, name, state, startDate, endDate, originBoardId } of sprints) {
    if (state !== 'closed' && (originBoardId ?? boardId) === boardId) open.push({ id, name, state, startDate, endDate });
  }
  return open;
}

function closedSprintsOf(sprints: readonly JiraSprint[], boardId: number): ClosedSprint[] {
  const closed: ClosedSprint[] = [];
  for (const sprint of sprints) {
    const fromThisBoard = sprint.originBoardId === undefined || sprint.originBoardId === boardId;
    if (sprint.state !== 'closed' || !fromThisBoard || !sprint.startDate || !sprint.completeDate) continue;
    closed.push({ id: sprint.id, name: sprint.name, startDate: sprint.startDate, completeDate: sprint.completeDate });
  }
  return closed.sort((a, b) => Date.parse(a.completeDate) - Date.parse(b.completeDate));
}

/**
 * Boards need a configuration read only where a figure uses it: every scrum board (velocity) and each
 * project's lowest-id board (its story point field). Kanban boards have no sprints to read.
 */
function boardsNeedingConfiguration(boards: readonly JiraBoard[]): Set<number> {
  const needed = new Set(boards.filter((board) => board.type === 'scrum').map((board) => board.id));
  const lowestByProject = new Map<string, number>();
  for (const board of boards) {
    const key = board.location?.projectKey;
    if (key !== undefined && (lowestByProject.get(key) ?? Infinity) > board.id) lowestByProject.set(key, board.id);
  }
  lowestByProject.forEach((id) => needed.add(id));
  return needed;
}

function columnsOf(configuration: JiraBoardConfiguration | undefined): BoardColumn[] {
  return (configuration?.columnConfig?.columns ?? []).map((column) => ({ name: column.name, statusIds: column.statuses.map((status) => status.id) }));
}

/** A scrum board's configuration and the issues its filter holds; a kanban board's configuration only for its estimation field. */
async function configurationOf(jira: JiraClient, board: JiraBoard, needsConfiguration: boolean): Promise<Pick<ProjectBoard, 'estimationFieldId' | 'columns' | 'scope'>> {
  const ownProject = board.location?.projectKey ?? '';
  const configuration = needsConfiguration ? await getBoardConfiguration(jira, board.id) : undefined;
  const field = configuration?.estimation?.type === 'field' ? configuration.estimation.field?.fieldId : undefined;
  const isScrum = board.type === 'scrum';
  const ownScope: BoardScope = { kind: 'projects', projectKeys: [ownProject] };
  const scope = isScrum ? await loadBoardScope(jira, configuration?.filter?.id, ownProject) : ownScope;
  return { estimationFieldId: field ?? null, columns: isScrum ? columnsOf(configuration) : [], scope };
}

async function loadBoard(jira: JiraClient, board: JiraBoard, needsConfiguration: boolean): Promise<ProjectBoard> {
  const isScrum = board.type === 'scrum';
  const [configuration, sprints] = await Promise.all([
    configurationOf(jira, board, needsConfiguration),
    isScrum ? getBoardSprints(jira, board.id) : Promise.resolve([]),
  ]);
  return {
    id: board.id,
    name: board.name,
    type: board.type,
    ...configuration,
    closedSprints: closedSprintsOf(sprints, board.id),
    openSprints: openSprintsOf(sprints, board.id),
  };
}

/**
 * The boards with the sprints of `boardIds` read again (a sprint started or closed there): one
 * request a board, keeping each board's configuration as it was read.
 */
export async function withFreshSprints(jira: JiraClient, boards: readonly ProjectBoard[], boardIds: readonly number[]): Promise<ProjectBoard[]> {
  const wanted = new Set(boardIds);
  return mapConcurrent(boards, REQUESTS_IN_FLIGHT, async (board) => {
    if (!wanted.has(board.id) || board.type !== 'scrum') return board;
    const sprints = await getBoardSprints(jira, board.id);
    return { ...board, closedSprints: closedSprintsOf(sprints, board.id), openSprints: openSprintsOf(sprints, board.id) };
  });
}

/**
 * The boards located in each of `projectKeys`, by ascending id, with their configuration and sprints.
 * One project: the boards of that project; several: one listing of every board the viewer may see.
 */
export async function loadBoardsByProject(
  jira: JiraClient,
  projectKeys: readonly string[],
  known?: readonly JiraBoard[],
): Promise<Map<string, ProjectBoard[]>> {
  const listed = known ?? (projectKeys.length === 1 ? await getBoards(jira, projectKeys[0]) : await getBoards(jira));
  const wanted = new Set(projectKeys);
  const located = listed.filter((board) => board.location?.projectKey !== undefined && wanted.has(board.location.projectKey)).sort((a, b) => a.id - b.id);
  const needed = boardsNeedingConfiguration(located);
  const loaded = await mapConcurrent(located, REQUESTS_IN_FLIGHT, (board) => loadBoard(jira, board, needed.has(board.id)));
  const byProject = new Map<string, ProjectBoard[]>(projectKeys.map((key) => [key, []]));
  located.forEach((board, index) => {
    const key = board.location?.projectKey;
    const loadedBoard = loaded[index];
    if (key !== undefined && loadedBoard !== undefined) byProject.get(key)?.push(loadedBoard);
  });
  return byProject;
}
