import { join, resolve } from 'node:path';
import { removeLeftoverTemporaries, type FileOps } from './atomicFile';
import { FileRecordTable } from './fileTable';
import { recordStoresOver } from './repositories';
import { SnapshotStore } from './snapshots/snapshotStore';
import type { RecordStores } from './stores';

/**
 * The local repositories for `npm start` and tests, persisted under `<stateDir>/records/` (one file
 * per project, replaced atomically), so what a user enters survives a restart. `fileOps` lets a test
 * make a write fail midway.
 */
export function localRecordStores(stateDir: string, fileOps?: FileOps): RecordStores {
  return recordStoresOver(new FileRecordTable(stateDir, fileOps));
}

/** The local product snapshots, under `<stateDir>/records/<PROJECT>.snapshots.json`. */
export function localSnapshotStore(stateDir: string, fileOps?: FileOps): SnapshotStore {
  return new SnapshotStore(new FileRecordTable(stateDir, fileOps));
}

/** Removes what a crash left in `<stateDir>/records/` (temporary files of writes that never got renamed); answers their names. */
export function removeCrashLeftovers(stateDir: string): string[] {
  return removeLeftoverTemporaries(join(resolve(stateDir), 'records'));
}
