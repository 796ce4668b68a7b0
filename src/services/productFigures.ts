import type { IssueSnapshot, IssueTimeline } from '../domain/issue';
import { monthWindow } from '../domain/months';
import { deliveredPointsByMonth } from '../domain/rollup';
import { issuesBySprint, rollingVelocity, sayDoRatio, sprintCommitment } from '../domain/velocity';
import { epicOf, resolveWorkType } from '../domain/workType';
import { deliveredWorkload, inFlightWorkload, type ClassifiedIssue } from '../domain/workload';
import type { BoardVelocity, ProductFigures, SprintFigures } from '../shared/figures';
import type { ProjectBoard } from './boards';
import type { ChangesByField } from './changelogs';
import type { IssueRecord } from './issueRecords';
import type { SiteContext } from './siteContext';

export interface ProductInput {
  projectKey: string;
  projectName: string;
  /** The project's epics and standard issues, plus epics of other projects its issues belong to. */
  issues: readonly IssueRecord[];
  changes: ReadonlyMap<string, ChangesByField>;
  boards: readonly ProjectBoard[];
}

/** Each issue of the project with its work type; epics of other projects are looked up, never counted. */
export function classifyIssues(records: readonly IssueRecord[]): ClassifiedIssue[] {
  const byKey = new Map<string, IssueSnapshot>(records.map((record) => [record.snapshot.key, record.snapshot]));
  const find = (key: string): IssueSnapshot | undefined => byKey.get(key);
  return records.map(({ snapshot }) => ({ issue: snapshot, workType: resolveWorkType(snapshot, epicOf(snapshot, find)).workType }));
}

function timelineOf(record: IssueRecord, changes: ChangesByField | undefined, fieldIds: { sprint: string; estimate: string | null }): IssueTimeline {
  const none: never[] = [];
  return {
    issueId: record.snapshot.id,
    hierarchyLevel: record.snapshot.hierarchyLevel,
    current: {
      sprintIds: record.sprintIds,
      estimate: fieldIds.estimate === null ? null : (record.estimates.get(fieldIds.estimate) ?? null),
      statusId: record.statusId,
    },
    sprintChanges: changes?.get(fieldIds.sprint) ?? none,
    estimateChanges: fieldIds.estimate === null ? none : (changes?.get(fieldIds.estimate) ?? none),
    statusChanges: changes?.get('status') ?? none,
  };
}

function boardVelocity(board: ProjectBoard, input: ProductInput, site: SiteContext, sprintFieldId: string): BoardVelocity {
  const timelines = input.issues.map((record) =>
    timelineOf(record, input.changes.get(record.snapshot.id), { sprint: sprintFieldId, estimate: board.estimationFieldId }),
  );
  const candidates = issuesBySprint(timelines);
  const sprints: SprintFigures[] = board.closedSprints.map((sprint) => {
    const figures = sprintCommitment(sprint, candidates.get(sprint.id) ?? [], site.categoryOfStatus);
    return { ...sprint, ...figures, sayDo: sayDoRatio(figures) };
  });
  return { id: board.id, name: board.name, estimationFieldId: board.estimationFieldId, sprints, velocity: rollingVelocity(sprints) };
}

/** Every figure of one product (docs/METRICS.md): workload by month, in-flight mix, velocity per scrum board. */
export function productFigures(input: ProductInput, site: SiteContext, months: number): ProductFigures {
  const window = monthWindow(site.now, site.timeZone, months);
  const ownIssues = classifyIssues(input.issues).filter((_, index) => input.issues[index]?.projectKey === input.projectKey);
  const scrumBoards = input.boards.filter((board) => board.type === 'scrum');
  const sprintFieldId = site.sprintFieldId;
  const boards = sprintFieldId === null ? [] : scrumBoards.map((board) => boardVelocity(board, input, site, sprintFieldId));
  return {
    project: input.projectKey,
    projectName: input.projectName,
    workload: { months: deliveredWorkload(ownIssues, window, site.timeZone) },
    inFlight: inFlightWorkload(ownIssues),
    velocity: { boards },
    deliveredPoints: deliveredPointsByMonth(boards.flatMap((board) => board.sprints), window, site.timeZone),
  };
}
