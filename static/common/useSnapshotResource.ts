import { useCallback, useEffect, useLayoutEffect, useRef, useState, type MutableRefObject } from 'react';
import type { ResolverError } from '../../src/shared/result';
import { callResolver, type DataOf, type PayloadOf, type ResolverKey } from './resolvers';
import { usePolling } from './usePolling';
import { useResolver, type ResolverState } from './useResolver';

/** How often a page looks again while it waits for new figures, and for how long after a refresh. */
export const WATCH_EVERY_MS = 5_000;
export const WATCH_LIMIT_MS = 60_000;

/** How a page reads figures that a background job stores as snapshots. */
export interface SnapshotSource<K extends ResolverKey> {
  key: K;
  payload: PayloadOf<K>;
  /** Names the figures in the error state, e.g. "this product's figures". */
  what: string;
  /** The snapshot state(s) behind an answer as text: a look replaces the data only when it changed. */
  stateOf(data: DataOf<K>): string;
  /** A snapshot is being built or refreshed. */
  isBusy(data: DataOf<K>): boolean;
  /** How often to look again unasked (a first snapshot being built), or null to wait for the reader. */
  pollEvery(data: DataOf<K>): number | null;
  /** The resolver that queues a refresh. */
  refreshKey: 'snapshot/refresh' | 'portfolio/refresh';
}

/** `watching`: new figures were asked for and the page looks every few seconds; `slow`: it gave up after a minute. */
export type RefreshStatus = { kind: 'idle' } | { kind: 'watching' } | { kind: 'slow' } | { kind: 'failed'; error: ResolverError };

export interface SnapshotResource<T> extends ResolverState<T> {
  refreshStatus: RefreshStatus;
  /** Queues a refresh, then watches for the new figures for up to a minute. */
  refresh: () => void;
  /** Watches quietly for new figures a change elsewhere (a tag) queued, for up to a minute, without asking for them. */
  watchForNewFigures: () => void;
  dismissRefreshStatus: () => void;
}

interface Watch {
  since: number;
  startState: string;
  /** A look showed the snapshot busy, so "not busy" now means it finished. */
  sawBusy: boolean;
  /** Not asked for by the reader (after a tag): no "Refreshing…" of its own, and no "slow" unless a refresh is seen under way. */
  quiet: boolean;
}

type Latest<K extends ResolverKey> = MutableRefObject<{ source: SnapshotSource<K>; data: DataOf<K> | null }>;

/** The watch after a refresh: started, settled by each look's answer, ended when the new figures are in or a minute passed. */
function useRefreshWatch<K extends ResolverKey>(latest: Latest<K>) {
  const [refreshStatus, setRefreshStatus] = useState<RefreshStatus>({ kind: 'idle' });
  const [looking, setLooking] = useState(false);
  const watch = useRef<Watch | null>(null);

  const start = useCallback(
    (sawBusy: boolean, quiet = false) => {
      const { source, data } = latest.current;
      watch.current = { since: Date.now(), startState: data === null ? '' : source.stateOf(data), sawBusy, quiet };
      setLooking(true);
      if (!quiet) setRefreshStatus({ kind: 'watching' });
    },
    [latest],
  );

  const settle = useCallback(
    (answer: DataOf<K>) => {
      const current = watch.current;
      if (current === null) return;
      const busy = latest.current.source.isBusy(answer);
      if (busy) current.sawBusy = true;
      const changed = latest.current.source.stateOf(answer) !== current.startState;
      const ended = !busy && (current.sawBusy || changed);
      if (!ended && Date.now() - current.since < WATCH_LIMIT_MS) return;
      watch.current = null;
      setLooking(false);
      const slow = !ended && (!current.quiet || busy);
      if (slow || !current.quiet) setRefreshStatus(slow ? { kind: 'slow' } : { kind: 'idle' });
    },
    [latest],
  );

  /** A watch the reader asked for (Refresh) is running; a quiet one gives way to it. */
  const isWatching = useCallback(() => watch.current !== null && !watch.current.quiet, []);
  return { refreshStatus, setRefreshStatus, looking, isWatching, start, settle };
}

type RefreshWatch<K extends ResolverKey> = ReturnType<typeof useRefreshWatch<K>>;

/** Queues a refresh (one at a time), then watches for its figures, looking once at once. */
function useAskForRefresh<K extends ResolverKey>(latest: Latest<K>, watch: RefreshWatch<K>, look: () => Promise<void>) {
  const asking = useRef(false);
  const { isWatching, setRefreshStatus, start } = watch;
  return useCallback(async () => {
    if (isWatching() || asking.current) return;
    asking.current = true;
    setRefreshStatus({ kind: 'watching' });
    const answer = await callResolver(latest.current.source.refreshKey, {});
    asking.current = false;
    if (!answer.ok) {
      setRefreshStatus({ kind: 'failed', error: answer.error });
      return;
    }
    if ('queued' in answer.data && answer.data.queued === 0) {
      setRefreshStatus({ kind: 'idle' });
      return;
    }
    // Not yet seen busy: the watch ends once the stored state changes (and is no longer busy), so an
    // answer that does not yet say `refreshing` cannot end it early.
    start(false);
    // At once, so a failed first snapshot shows as being built again without waiting for the next look.
    await look();
  }, [isWatching, latest, look, setRefreshStatus, start]);
}

/** A refresh someone else queued (or a scheduled one) that is under way when the page opens: watch it, once. */
function useWatchOnOpen<K extends ResolverKey>(source: SnapshotSource<K>, data: DataOf<K> | null, start: (sawBusy: boolean) => void): void {
  const watchedOnOpen = useRef(false);
  useEffect(() => {
    if (watchedOnOpen.current || data === null) return;
    watchedOnOpen.current = true;
    if (source.isBusy(data) && source.pollEvery(data) === null) start(true);
  }, [data, source, start]);
}

/**
 * `useResolver` for snapshot-served figures: looks again on its own while a first snapshot is built,
 * and for up to a minute after a refresh until the new figures are in. A failed look keeps what is on
 * screen (the next look tries again); only the first load shows an error.
 */
export function useSnapshotResource<K extends ResolverKey>(source: SnapshotSource<K>): SnapshotResource<DataOf<K>> {
  const state = useResolver(source.key, source.payload, source.what);
  const { resource, replace } = state;
  const data = resource.status === 'ready' ? resource.data : null;
  const latest: Latest<K> = useRef({ source, data });
  // Updated after render (refs are not written while rendering), before any look or refresh runs.
  useLayoutEffect(() => {
    latest.current = { source, data };
  });
  const watch = useRefreshWatch(latest);
  const { settle } = watch;

  const look = useCallback(async () => {
    const { source: current } = latest.current;
    const result = await callResolver(current.key, current.payload);
    if (!result.ok) return;
    const shown = latest.current.data;
    if (shown === null || current.stateOf(result.data) !== current.stateOf(shown)) replace(result.data);
    settle(result.data);
  }, [replace, settle]);

  const refresh = useAskForRefresh(latest, watch, look);
  useWatchOnOpen(source, data, watch.start);
  usePolling(watch.looking ? WATCH_EVERY_MS : data === null ? null : source.pollEvery(data), look);

  return {
    ...state,
    refreshStatus: watch.refreshStatus,
    refresh: () => void refresh(),
    watchForNewFigures: () => watch.start(false, true),
    dismissRefreshStatus: () => watch.setRefreshStatus({ kind: 'idle' }),
  };
}
