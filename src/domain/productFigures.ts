import type { BoardVelocity, ProductFigures, SprintFigures } from '../shared/figures';
import { boardHolds, categoryOf, type BoardFacts, type IssueFacts, type ProjectFacts } from './facts';
import { deliveryMetrics } from './delivery';
import { FLOW_MONTHS, flowMetrics } from './flow';
import { figureSignals } from './signals';
import type { IssueSnapshot, IssueTimeline } from './issue';
import { monthWindow } from './months';
import { deliveredPointsByMonth, sumWorkloads } from './rollup';
import { sprintReport } from './sprintReport';
import { issuesBySprint, rollingVelocity, sayDoRatio } from './velocity';
import { epicOf, resolveWorkType } from './workType';
import { deliveredWorkload, inFlightWorkload, type ClassifiedIssue } from './workload';

/**
 * Each issue with its work type (docs/METRICS.md, Work type); epics are looked up among `issues`
 * (epics of other projects included), so an epic missing from them lends no tag.
 *
 * Empty input: no issues give none.
 */
export function classifyIssues(issues: readonly Pick<IssueFacts, 'issue'>[]): ClassifiedIssue[] {
  const byKey = new Map<string, IssueSnapshot>(issues.map((facts) => [facts.issue.key, facts.issue]));
  const find = (key: string): IssueSnapshot | undefined => byKey.get(key);
  return issues.map(({ issue }) => ({ issue, workType: resolveWorkType(issue, epicOf(issue, find)).workType }));
}

function timelineOf(facts: IssueFacts, fieldIds: { sprint: string; estimate: string | null }): IssueTimeline {
  const none: never[] = [];
  return {
    issueId: facts.issue.id,
    key: facts.issue.key,
    created: Date.parse(facts.created),
    hierarchyLevel: facts.issue.hierarchyLevel,
    current: {
      sprintIds: facts.sprintIds,
      estimate: fieldIds.estimate === null ? null : (facts.estimates[fieldIds.estimate] ?? null),
      statusId: facts.statusId,
    },
    sprintChanges: facts.changes[fieldIds.sprint] ?? none,
    estimateChanges: fieldIds.estimate === null ? none : (facts.changes[fieldIds.estimate] ?? none),
    statusChanges: facts.changes.status ?? none,
  };
}

/** The board's issues among the facts: the standard issues its filter matches (docs/METRICS.md, Velocity). */
function boardIssues(board: BoardFacts, facts: ProjectFacts): IssueFacts[] {
  return facts.issues.filter(boardHolds(board.scope));
}

function boardVelocity(board: BoardFacts, facts: ProjectFacts, sprintFieldId: string): BoardVelocity {
  const timelines = boardIssues(board, facts).map((issue) => timelineOf(issue, { sprint: sprintFieldId, estimate: board.estimationFieldId }));
  const candidates = issuesBySprint(timelines);
  const sprints: SprintFigures[] = board.closedSprints.map((sprint) => {
    const report = sprintReport(sprint, candidates.get(sprint.id) ?? [], board.columns);
    return { ...sprint, committed: report.committed, completed: report.completed, sayDo: sayDoRatio(report), issues: report.issues };
  });
  const doneColumn = board.columns.at(-1)?.name ?? null;
  return { id: board.id, name: board.name, estimationFieldId: board.estimationFieldId, doneColumn, sprints, velocity: rollingVelocity(sprints) };
}

/** Months delivery metrics look back over when the caller names none: the default workload window. */
export const DELIVERY_MONTHS = 12;

/** Flow, delivery and the figure-based signals: what the monthly portfolio review adds to a product's figures. */
function reviewFigures(facts: ProjectFacts, own: readonly ClassifiedIssue[], boards: readonly BoardVelocity[], deliveryMonths: number) {
  const { site } = facts;
  const factsById = new Map(facts.issues.map((entry) => [entry.issue.id, entry]));
  const withHistory = own.flatMap((classified) => {
    const entry = factsById.get(classified.issue.id);
    return entry === undefined
      ? []
      : [{ ...classified, created: entry.created, statusChanges: entry.changes.status ?? [], fixVersionIds: entry.fixVersionIds }];
  });
  const flowWindow = monthWindow(site.now, site.timeZone, FLOW_MONTHS);
  const quarter = sumWorkloads(deliveredWorkload(own, flowWindow, site.timeZone));
  return {
    flow: flowMetrics(withHistory, flowWindow, site.timeZone, (statusId) => categoryOf(site, statusId)),
    delivery: deliveryMetrics(withHistory, facts.versions, monthWindow(site.now, site.timeZone, deliveryMonths), site.timeZone),
    signals: figureSignals(quarter, boards),
  };
}

/**
 * Every figure of one product (docs/METRICS.md): delivered workload by month over the last `months`
 * months, the in-flight mix, velocity per scrum board, delivered points by month, flow metrics (last
 * 3 months), delivery metrics (over `deliveryMonths`, the workload window unless said otherwise) and
 * the signals that follow from them. Workload, flow and delivery count only the project's own issues
 * (epics of other projects only lend their work type); a board's velocity counts the issues its
 * filter matches, whatever their project.
 *
 * Empty input: a project with no issues and no boards has every month at zero, no boards, no flow
 * time, no release and no signal.
 *
 * @example productFigures(facts, 12).workload.months.length // 12
 */
export function productFigures(facts: ProjectFacts, months: number, deliveryMonths: number = months): ProductFigures {
  const { site } = facts;
  const window = monthWindow(site.now, site.timeZone, months);
  const ownIssues = classifyIssues(facts.issues).filter((_, index) => facts.issues[index]?.projectKey === facts.projectKey);
  const sprintFieldId = site.sprintFieldId;
  const scrumBoards = facts.boards.filter((board) => board.type === 'scrum');
  const boards = sprintFieldId === null ? [] : scrumBoards.map((board) => boardVelocity(board, facts, sprintFieldId));
  return {
    project: facts.projectKey,
    projectName: facts.projectName,
    workload: { months: deliveredWorkload(ownIssues, window, site.timeZone) },
    inFlight: inFlightWorkload(ownIssues),
    velocity: { boards },
    deliveredPoints: deliveredPointsByMonth(
      boards.flatMap((board) => board.sprints),
      window,
      site.timeZone,
    ),
    ...reviewFigures(facts, ownIssues, boards, deliveryMonths),
  };
}
