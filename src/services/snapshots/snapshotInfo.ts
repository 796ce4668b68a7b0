import type { SnapshotInfo } from '../../shared/api';
import type { SnapshotHead } from '../../storage/snapshots/head';

function latest(...instants: readonly (string | null)[]): number | null {
  const times = instants.flatMap((instant) => (instant === null ? [] : [Date.parse(instant)]));
  return times.length === 0 ? null : Math.max(...times);
}

/** How fresh a project's stored figures are, as pages show it (src/shared/api.ts `SnapshotInfo`). */
export function snapshotInfo(head: SnapshotHead | undefined): SnapshotInfo {
  const refresh = head?.refresh;
  const requested = refresh?.requestedAt ?? null;
  const lastOutcome = refresh === undefined ? null : latest(refresh.lastSuccessAt, refresh.lastErrorAt);
  const refreshing = requested !== null && (lastOutcome === null || Date.parse(requested) > lastOutcome);
  const lastError = refresh?.lastError ?? null;
  if (head?.content && head.asOf !== null) return { status: 'ready', asOf: head.asOf, refreshing, lastError };
  return { status: lastError !== null && !refreshing ? 'failed' : 'computing', asOf: null, refreshing: refreshing || head === undefined, lastError };
}
