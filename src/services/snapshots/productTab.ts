import { RECENT_SPRINT_REPORTS, lastMonthsOf, withRecentSprintReports } from '../../domain/overview';
import type { ViewerAccess } from '../../domain/visibility';
import type { JiraClient } from '../../jira/client';
import { jqlString } from '../../jira/jql';
import { getPermittedProjects } from '../../jira/platform';
import { searchIssueIds } from '../../jira/search';
import type { ProductTabData, SnapshotInfo } from '../../shared/api';
import type { SprintFigures, SprintReportIssue } from '../../shared/figures';
import { NotFoundError } from '../errors';
import type { SnapshotHead } from '../../storage/snapshots/head';
import type { SnapshotStore } from '../../storage/snapshots/snapshotStore';
import { markRequested } from './refresh';
import type { RefreshQueue } from './requests';
import { fullRefresh } from './schedule';
import { snapshotInfo } from './snapshotInfo';
import { figuresFor } from './viewerFigures';

export interface ReadingDependencies {
  snapshots: SnapshotStore;
  queue: RefreshQueue;
  now: () => Date;
}

/**
 * What the viewer may see of the snapshots' secured issues and of other projects' issues (epics that
 * lend a tag, issues boards' filters hold), asked of Jira as the viewer: which projects they may
 * browse, only when a snapshot holds other projects' issues, and one search for the secured issues
 * they can see (ids only). Jira refuses JQL naming a project the caller may not browse, so the search
 * waits for the first answer when it must cover other projects; otherwise both go at once. A caller
 * that already asked which projects the viewer may browse passes them as `browsable`.
 */
export async function viewerAccessFor(jira: JiraClient, heads: readonly SnapshotHead[], browsable?: ReadonlySet<string>): Promise<ViewerAccess> {
  const { foreign, securedProjects, securedForeign } = secrecyOf(heads);
  const asked = () => getPermittedProjects(jira, ['BROWSE_PROJECTS']).then((projects): ReadonlySet<string> => new Set(projects.map((project) => project.key)));
  const permitted = !foreign ? null : browsable !== undefined ? Promise.resolve(browsable) : asked();
  const mayBrowse = securedForeign && permitted !== null ? await permitted : 'all';
  const own = new Set(heads.map((head) => head.projectKey));
  const searched = securedProjects.filter((key) => mayBrowse === 'all' || mayBrowse.has(key) || own.has(key));
  const [visible, browsableProjects] = await Promise.all([
    searched.length === 0
      ? Promise.resolve([])
      : searchIssueIds(jira, `project in (${searched.map(jqlString).join(', ')}) AND level is not EMPTY ORDER BY id ASC`),
    permitted ?? Promise.resolve<'all'>('all'),
  ]);
  return { securedIssueIds: new Set(visible), browsableProjects };
}

/**
 * In one pass over the heads: whether any holds other projects' issues, the projects (own and
 * other, in order) of those with secured issues, and whether one of those holds other projects' issues.
 */
function secrecyOf(heads: readonly SnapshotHead[]): { foreign: boolean; securedProjects: string[]; securedForeign: boolean } {
  let foreign = false;
  let securedForeign = false;
  const securedProjects = new Set<string>();
  for (const head of heads) {
    const others = head.content?.foreignProjects ?? [];
    foreign ||= others.length > 0;
    if ((head.content?.securedCount ?? 0) === 0) continue;
    securedForeign ||= others.length > 0;
    [head.projectKey, ...others].forEach((key) => securedProjects.add(key));
  }
  return { foreign, securedProjects: [...securedProjects], securedForeign };
}

/** A queued refresh not answered by then is taken as lost (a consumer that died), and queued again. */
const LOST_AFTER_MS = 15 * 60 * 1000;

/** Queues the project's first snapshot unless one is already on its way. */
export async function ensureQueued(
  deps: ReadingDependencies,
  head: SnapshotHead | undefined,
  project: { projectKey: string; projectName?: string },
): Promise<SnapshotHead> {
  const requestedAt = head?.refresh.requestedAt;
  const recent = requestedAt != null && deps.now().getTime() - Date.parse(requestedAt) < LOST_AFTER_MS;
  if (head !== undefined && snapshotInfo(head).refreshing && recent) return head;
  const marked = await markRequested(deps, project, deps.now());
  await deps.queue.push([{ request: fullRefresh(project.projectKey, deps.now(), 'first view') }]);
  return marked;
}

/**
 * The Product tab's figures from the project's snapshot, as the viewer may see them, over the last
 * `months` months. Before the first snapshot: how it is coming along (and it is queued if it was not).
 * The caller has checked that the viewer may browse the project.
 */
export async function productTab(
  deps: ReadingDependencies,
  jira: JiraClient,
  projectKey: string,
  months: number,
  authorize: () => Promise<{ canEdit: boolean }>,
): Promise<ProductTabData> {
  const head = await deps.snapshots.head(projectKey);
  const ready = head?.content != null && head.asOf !== null ? head : undefined;
  // Both questions to Jira at once: what the viewer may see is asked as the viewer, so it reveals
  // nothing, and nothing stored is shown or written before the permission check has answered.
  const [{ canEdit }, access] = await Promise.all([authorize(), ready === undefined ? Promise.resolve(null) : viewerAccessFor(jira, [ready])]);
  if (head?.content == null || head.asOf === null || access === null) {
    const info = snapshotInfo(await ensureQueued(deps, head, { projectKey }));
    return { snapshot: { ...info, status: info.status === 'failed' ? 'failed' : 'computing' }, asOf: null, canEdit };
  }
  const figures = withRecentSprintReports(await figuresFor(deps.snapshots, head, access, 'recent'), RECENT_SPRINT_REPORTS);
  const info: SnapshotInfo = snapshotInfo(head);
  return { ...lastMonthsOf(figures, months), canEdit, snapshot: { ...info, status: 'ready' }, asOf: head.asOf };
}

/**
 * One closed sprint's report from the project's snapshot, as the viewer may see it (the caller has
 * checked they may browse the project); NOT_FOUND for a board or sprint the snapshot does not have.
 */
export async function sprintReportOf(
  deps: ReadingDependencies,
  jira: JiraClient,
  projectKey: string,
  board: { boardId: number; sprintId: number },
): Promise<{ issues: SprintReportIssue[] }> {
  const head = await deps.snapshots.head(projectKey);
  if (head?.content == null || head.asOf === null)
    throw new NotFoundError(`The figures of ${projectKey} are still being computed; open the report again in a minute`);
  const figures = await figuresFor(deps.snapshots, head, await viewerAccessFor(jira, [head]), 'all');
  const sprint = figures.product.velocity.boards.find((entry) => entry.id === board.boardId)?.sprints.find((entry) => entry.id === board.sprintId);
  if (sprint === undefined) throw new NotFoundError(`Sprint ${board.sprintId} of board ${board.boardId} is not among the closed sprints of ${projectKey}`);
  return { issues: sprint.issues };
}

/**
 * A board's closed sprints with their figures as the viewer may see them, from the project's
 * snapshot (null before the first): what capacity planning reads instead of replaying Jira's history.
 */
export function closedSprintFigures(
  deps: ReadingDependencies,
  jira: JiraClient,
  projectKey: string,
): (boardId: number) => Promise<readonly SprintFigures[] | null> {
  return async (boardId) => {
    const head = await deps.snapshots.head(projectKey);
    if (head?.content == null || head.asOf === null) return null;
    // Capacity reads each sprint's completed points, never its report.
    const figures = await figuresFor(deps.snapshots, head, await viewerAccessFor(jira, [head]), 'recent');
    return figures.product.velocity.boards.find((board) => board.id === boardId)?.sprints ?? [];
  };
}
