import type { ProductTabFigures } from '../../domain/overview';
import { productTabFigures } from '../../domain/overview';
import { visibleFacts, type ViewerAccess } from '../../domain/visibility';
import type { Audience, SnapshotHead } from '../../storage/snapshots/head';
import type { SnapshotStore } from '../../storage/snapshots/snapshotStore';
import { SNAPSHOT_WINDOW_MONTHS } from './storeSnapshot';

/**
 * Which stored audience a viewer's figures equal, or `mixed` when they see some secured issues and
 * not others (or not every other project whose epics lend a tag): then only a computation from the
 * facts, filtered to what they may see, is exact (docs/METRICS.md, Permissions).
 */
export async function audienceOf(store: SnapshotStore, head: SnapshotHead, access: ViewerAccess): Promise<Audience | 'mixed'> {
  const content = head.content;
  if (content === null) throw new Error(`Project ${head.projectKey} has no snapshot yet`);
  const browsable = access.browsableProjects;
  if (browsable !== 'all' && content.foreignProjects.some((key) => !browsable.has(key))) return 'mixed';
  if (content.securedCount === 0 || access.securedIssueIds === 'all') return 'full';
  const visible = access.securedIssueIds;
  const secured = await store.readSecuredIssueIds(head);
  const seen = secured.filter((id) => visible.has(id)).length;
  if (seen === secured.length) return 'full';
  return seen === 0 ? 'public' : 'mixed';
}

/** The figures computed from the snapshot's facts filtered to what the viewer may see (the `mixed` case). */
async function figuresFromFacts(store: SnapshotStore, head: SnapshotHead, access: ViewerAccess): Promise<ProductTabFigures> {
  return productTabFigures(visibleFacts(await store.readFacts(head), access), SNAPSHOT_WINDOW_MONTHS);
}

/**
 * The Product tab's figures exactly as the viewer may see them: with every sprint report (`all`), or
 * with each board's recent reports only (`recent`, as `withRecentSprintReports` leaves them), which
 * spares reading the older reports that make up most of a large product's stored figures.
 */
export async function figuresFor(store: SnapshotStore, head: SnapshotHead, access: ViewerAccess, reports: 'all' | 'recent'): Promise<ProductTabFigures> {
  const audience = await audienceOf(store, head, access);
  if (audience === 'mixed') return figuresFromFacts(store, head, access);
  return reports === 'all' ? store.readFigures(head, audience) : store.readRecentFigures(head, audience);
}
