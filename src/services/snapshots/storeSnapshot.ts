import type { ProjectFacts } from '../../domain/facts';
import { monthOf } from '../../domain/months';
import { productTabFigures } from '../../domain/overview';
import { portfolioRow } from '../../domain/portfolio';
import { foreignProjects, securedIssueIds, visibleFacts } from '../../domain/visibility';
import type { RefreshRecord, SnapshotHead } from '../../storage/snapshots/head';
import { SnapshotConflictError, type SnapshotStore } from '../../storage/snapshots/snapshotStore';

/** Months a snapshot's figures span: the widest window a page may ask for (`figures/get`'s 24). */
export const SNAPSHOT_WINDOW_MONTHS = 24;

/** No secured issue and no other project's epic is hidden from the `public` audience but those secured. */
const PUBLIC_ONLY = { securedIssueIds: new Set<string>(), browsableProjects: 'all' as const };

/** Writes tried again when a concurrent refresh won the head in between. */
const MAX_SAVE_ATTEMPTS = 3;

/** Whether the stored snapshot comes from a refresh that began after this one (so it read Jira later). */
function startedLater(previous: SnapshotHead, refresh: RefreshRecord): boolean {
  const theirs = previous.content === null ? null : previous.refresh.startedAt;
  return theirs !== null && refresh.startedAt !== null && Date.parse(theirs) > Date.parse(refresh.startedAt);
}

/**
 * Stores `facts` as the project's snapshot with the figures for both audiences, and the month's
 * closing figures. When another refresh stored a newer snapshot meanwhile, that one is kept; an older
 * one is replaced. Returns the head now current.
 */
export async function storeSnapshot(
  store: SnapshotStore,
  facts: ProjectFacts,
  refresh: RefreshRecord,
  readAtStart: SnapshotHead | undefined,
): Promise<SnapshotHead> {
  const full = productTabFigures(facts, SNAPSHOT_WINDOW_MONTHS);
  const visibleToAll = productTabFigures(visibleFacts(facts, PUBLIC_ONLY), SNAPSHOT_WINDOW_MONTHS);
  const rows = { full: portfolioRow(full.product), public: portfolioRow(visibleToAll.product) };
  const values = { facts, figures: { full, public: visibleToAll }, securedIssueIds: securedIssueIds(facts), regroup: refresh.kind !== 'incremental' };
  // The head read when the refresh began; a write conditioned on its version fails if another refresh
  // stored one since, and only then is it read again.
  let previous = readAtStart;
  for (let attempt = 1; ; attempt += 1) {
    if (previous !== undefined && startedLater(previous, refresh)) return previous;
    try {
      // A refresh queued while this one ran stays marked as requested, so pages still say "refreshing".
      const requestedAt = previous?.refresh.requestedAt ?? refresh.requestedAt;
      const next = { projectKey: facts.projectKey, projectName: facts.projectName, asOf: facts.site.now, refresh: { ...refresh, requestedAt } };
      const content = {
        window: SNAPSHOT_WINDOW_MONTHS,
        timeZone: facts.site.timeZone,
        foreignProjects: foreignProjects(facts),
        rows,
        versions: facts.versions,
      };
      const head = await store.save(previous, next, values, content);
      await store.putMonthEnd({ projectKey: facts.projectKey, month: monthOf(facts.site.now, facts.site.timeZone), takenAt: facts.site.now, figures: rows });
      return head;
    } catch (error) {
      if (!(error instanceof SnapshotConflictError) || attempt >= MAX_SAVE_ATTEMPTS) throw error;
      previous = await store.head(facts.projectKey);
    }
  }
}

/**
 * Applies `change` to the project's refresh bookkeeping (creating a head with no snapshot if there is
 * none yet), retrying when a concurrent write won. Returns the head now current.
 */
export async function updateRefresh(
  store: SnapshotStore,
  project: { projectKey: string; projectName?: string },
  change: (refresh: RefreshRecord) => RefreshRecord,
  emptyRefresh: RefreshRecord,
): Promise<SnapshotHead> {
  for (let attempt = 1; ; attempt += 1) {
    const previous = await store.head(project.projectKey);
    const base = previous ?? {
      projectKey: project.projectKey,
      projectName: project.projectName ?? project.projectKey,
      asOf: null,
      content: null,
      refresh: emptyRefresh,
    };
    try {
      return await store.updateHead(previous, { ...base, projectName: project.projectName ?? base.projectName, refresh: change(base.refresh) });
    } catch (error) {
      if (!(error instanceof SnapshotConflictError) || attempt >= MAX_SAVE_ATTEMPTS) throw error;
    }
  }
}
