import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileRecordTable } from '../../src/storage/fileTable';
import { KvsRecordTable } from '../../src/storage/kvsTable';
import { recordStoresOver } from '../../src/storage/repositories';
import type { RecordStores } from '../../src/storage/stores';
import { FakeKvs } from './fakeKvs';

/** The same rules, run against both adapters: what differs between them must not be behaviour. */
export const STORE_ADAPTERS: [string, () => RecordStores][] = [
  ['local files', () => recordStoresOver(new FileRecordTable(mkdtempSync(join(tmpdir(), 'records-'))))],
  ['Forge custom entities (in-memory KVS)', () => recordStoresOver(new KvsRecordTable(new FakeKvs()))],
];

/** Two people editing, five minutes apart. */
export const ALICE = { accountId: '557058:alice', at: '2026-11-15T10:00:00.000Z' };
export const BOB = { accountId: '557058:bob', at: '2026-11-15T10:05:00.000Z' };

/** What `promise` rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}
