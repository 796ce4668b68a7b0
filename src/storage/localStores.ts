import type { RecordStores } from './stores';

/** The local repositories for `npm start` and tests, persisted under `stateDir` (issue 4 fills these in). */
export function localRecordStores(stateDir: string): RecordStores {
  void stateDir;
  return {};
}
