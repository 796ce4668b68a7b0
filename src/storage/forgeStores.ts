import type { RecordStores } from './stores';

/** The `@forge/kvs` repositories (issue 4 fills these in). */
export function forgeRecordStores(): RecordStores {
  return {};
}
