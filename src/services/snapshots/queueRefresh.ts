import type { SnapshotInfo } from '../../shared/api';
import { markRequested } from './refresh';
import type { ReadingDependencies } from './productTab';
import { refreshRequest, type RefreshRequest } from './requests';
import { snapshotInfo } from './snapshotInfo';

/**
 * Queues an incremental refresh of each project (a full one where there is no snapshot yet) and
 * marks it requested, so its pages say "refreshing" at once. The caller has checked the viewer may
 * browse each. Returns each project's snapshot state after marking.
 */
export async function queueRefreshes(
  deps: ReadingDependencies,
  projectKeys: readonly string[],
  reason: string,
  change: Pick<RefreshRequest, 'touchedIssueIds' | 'boardsChanged'> = { touchedIssueIds: [], boardsChanged: true },
): Promise<SnapshotInfo[]> {
  const at = deps.now();
  const infos: SnapshotInfo[] = [];
  const requests: { request: RefreshRequest }[] = [];
  for (const projectKey of projectKeys) {
    infos.push(snapshotInfo(await markRequested(deps, { projectKey }, at)));
    requests.push({ request: refreshRequest(projectKey, 'incremental', at, reason, change) });
  }
  for (let start = 0; start < requests.length; start += 50) await deps.queue.push(requests.slice(start, start + 50));
  return infos;
}
