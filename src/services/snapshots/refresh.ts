import type { ProjectFacts } from '../../domain/facts';
import type { JiraClient } from '../../jira/client';
import { JiraRateLimitedError } from '../../jira/errors';
import { SnapshotDataError } from '../../storage/snapshots/codec';
import { EMPTY_REFRESH, type RefreshRecord, type SnapshotHead } from '../../storage/snapshots/head';
import type { SnapshotStore } from '../../storage/snapshots/snapshotStore';
import { readAllFacts, readChangedFacts } from './readFacts';
import type { RefreshRequest } from './requests';
import { storeSnapshot, updateRefresh } from './storeSnapshot';

/** What a refresh runs with: Jira as the app (it sees everything; readers filter per viewer). */
export interface RefreshDependencies {
  jiraAsApp: () => JiraClient;
  snapshots: SnapshotStore;
  now: () => Date;
  /** How long after an event a refresh surely sees it in Jira's search (default `COVERED_AFTER_MS`). */
  coverMarginMs?: number;
}

export interface RefreshOutcome {
  projectKey: string;
  /** What was done: `skipped` when a refresh that began after the request already covered it. */
  kind: 'full' | 'incremental' | 'skipped';
  head: SnapshotHead | undefined;
  jiraRequests: number;
  durationMs: number;
}

/** Jira's search index may trail an event by seconds; a refresh this much later surely saw it. */
export const COVERED_AFTER_MS = 10_000;

/**
 * Whether a refresh that began after this request was made already read what it asks for: a plain
 * "something was updated" request is then skipped, which coalesces a burst of Jira events into one
 * refresh. Requests that name deleted or touched issues or changed boards are never skipped.
 */
function alreadyCovered(head: SnapshotHead | undefined, request: RefreshRequest, marginMs: number): boolean {
  const started = head?.refresh.startedAt ?? null;
  const plain = request.removedIssueIds.length === 0 && request.touchedIssueIds.length === 0 && request.sprintBoardIds.length === 0 && !request.boardsChanged;
  return request.kind === 'incremental' && plain && started !== null && Date.parse(started) >= Date.parse(request.requestedAt) + marginMs;
}

async function readFacts(
  deps: RefreshDependencies,
  jira: JiraClient,
  head: SnapshotHead | undefined,
  request: RefreshRequest,
): Promise<{ facts: ProjectFacts; cursor: string; kind: 'full' | 'incremental' }> {
  const cursor = head?.refresh.cursor ?? null;
  if (request.kind === 'incremental' && head?.content && cursor !== null) {
    try {
      const base = await deps.snapshots.readFacts(head);
      const changed = await readChangedFacts(jira, base, { cursor, ...request });
      return { ...changed, kind: 'incremental' };
    } catch (error) {
      // Unreadable stored facts are rebuilt from Jira rather than patched.
      if (!(error instanceof SnapshotDataError)) throw error;
    }
  }
  const facts = await readAllFacts(jira, request.projectKey, request, deps.now());
  return { facts, cursor: facts.site.now, kind: 'full' };
}

/**
 * One project's refresh, as the queue consumer runs it: reads the facts (everything, or only what
 * changed), stores the snapshot and the month's closing figures, and records the outcome. Running
 * it twice for the same request stores the same snapshot (at-least-once delivery is harmless).
 * Failures are recorded on the project and thrown for the queue to retry.
 */
export async function refreshProject(deps: RefreshDependencies, request: RefreshRequest): Promise<RefreshOutcome> {
  const started = deps.now();
  const jira = deps.jiraAsApp();
  const head = await deps.snapshots.head(request.projectKey);
  if (alreadyCovered(head, request, deps.coverMarginMs ?? COVERED_AFTER_MS))
    return { projectKey: request.projectKey, kind: 'skipped', head, jiraRequests: 0, durationMs: 0 };
  try {
    const { facts, cursor, kind } = await readFacts(deps, jira, head, request);
    const finished = deps.now();
    const refresh: RefreshRecord = {
      ...(head?.refresh ?? EMPTY_REFRESH),
      cursor,
      startedAt: started.toISOString(),
      lastSuccessAt: finished.toISOString(),
      lastError: null,
      durationMs: finished.getTime() - started.getTime(),
      jiraRequests: jira.requestsSent,
      kind,
      failures: 0,
    };
    const stored = await storeSnapshot(deps.snapshots, facts, refresh, head);
    return { projectKey: request.projectKey, kind, head: stored, jiraRequests: jira.requestsSent, durationMs: refresh.durationMs ?? 0 };
  } catch (error) {
    await recordFailure(deps, request.projectKey, error, { started, jiraRequests: jira.requestsSent });
    throw error;
  }
}

/** The failure in words a product owner can act on (Jira's own message where it gave one). */
export function describeFailure(error: unknown): string {
  if (error instanceof JiraRateLimitedError) return 'Jira asked Product Lens to slow down (rate limit); the refresh is retried automatically';
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

async function recordFailure(deps: RefreshDependencies, projectKey: string, error: unknown, run: { started: Date; jiraRequests: number }): Promise<void> {
  const at = deps.now();
  await updateRefresh(
    deps.snapshots,
    { projectKey },
    (refresh) => ({
      ...refresh,
      lastErrorAt: at.toISOString(),
      lastError: describeFailure(error),
      durationMs: at.getTime() - run.started.getTime(),
      jiraRequests: run.jiraRequests,
      failures: refresh.failures + 1,
    }),
    EMPTY_REFRESH,
  ).catch((storageError: unknown) => console.error(`Product Lens could not record the failed refresh of ${projectKey}`, storageError));
}

/** Marks that a refresh was queued, so pages say "refreshing" and new projects are listed. */
export function markRequested(
  deps: Pick<RefreshDependencies, 'snapshots'>,
  project: { projectKey: string; projectName?: string },
  at: Date,
): Promise<SnapshotHead> {
  return updateRefresh(deps.snapshots, project, (refresh) => ({ ...refresh, requestedAt: at.toISOString() }), EMPTY_REFRESH);
}
