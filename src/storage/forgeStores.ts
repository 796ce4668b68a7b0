import { kvs } from '@forge/kvs';
import { KvsRecordTable, type KvsSurface } from './kvsTable';
import { recordStoresOver } from './repositories';
import { SnapshotStore } from './snapshots/snapshotStore';
import type { RecordStores } from './stores';

/** The `@forge/kvs` custom entity repositories (entities declared in manifest.yml, see src/storage/entities.ts). */
export function forgeRecordStores(client: KvsSurface = kvs): RecordStores {
  return recordStoresOver(new KvsRecordTable(client));
}

/** The product snapshots in `@forge/kvs` custom entities. */
export function forgeSnapshotStore(client: KvsSurface = kvs): SnapshotStore {
  return new SnapshotStore(new KvsRecordTable(client));
}
