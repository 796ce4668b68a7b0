import { join, resolve } from 'node:path';
import { entityDefinition, projectOfKey, type EntityName } from './entities';
import { nodeFileOps, Mutex, writeFileAtomically, type FileOps } from './atomicFile';
import {
  checkBatch,
  checkCommit,
  ConditionFailedError,
  inBatches,
  conditionHolds,
  InvalidCursorError,
  type IndexQuery,
  type QueryPage,
  type RecordTable,
  type StoredValue,
  type WriteOp,
} from './recordTable';
import { compareIndexValues, inRange } from './indexOrder';
import { applyOps, emptyFile, ParsedFiles, parseProjectFile, type ProjectFile } from './projectFile';

/** Shared by every table of the process, as the files are. */
const PARSED = new ParsedFiles();

/** One mutex per file for the whole process, so two tables over the same directory still take turns. */
const MUTEXES = new Map<string, Mutex>();

function mutexFor(path: string): Mutex {
  const existing = MUTEXES.get(path);
  if (existing !== undefined) return existing;
  const created = new Mutex();
  MUTEXES.set(path, created);
  return created;
}

/** This adapter's cursors are offsets as it writes them (`String(n)`); `Number` alone would take '1e3' or ' 5'. */
function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^(0|[1-9]\d{0,8})$/.test(cursor)) throw new InvalidCursorError(cursor);
  return Number(cursor);
}

/**
 * The local adapter: one JSON file per project under `<stateDir>/records/`, holding every entity's
 * values by key. A commit reads the file, checks every condition, and replaces the file atomically,
 * all under that file's mutex, so it has the same all-or-nothing and version semantics as a Forge
 * transaction, and what a user enters survives a restart. Reads use the file as last parsed while it
 * is unchanged on disk (`ParsedFiles`).
 */
export class FileRecordTable implements RecordTable {
  private readonly directory: string;

  constructor(
    stateDir: string,
    private readonly ops: FileOps = nodeFileOps,
  ) {
    this.directory = join(resolve(stateDir), 'records');
  }

  async get(entity: EntityName, key: string): Promise<StoredValue | undefined> {
    const file = await this.readProject(projectOfKey(key), entity);
    const value = file.entities[entity]?.[key];
    return value === undefined ? undefined : structuredClone(value);
  }

  async query(query: IndexQuery): Promise<QueryPage> {
    const index = entityDefinition(query.entity).indexes.find((candidate) => candidate.name === query.index);
    if (index === undefined) throw new Error(`Entity '${query.entity}' has no index '${query.index}'`);
    if (index.partition[0] !== 'projectKey') throw new Error(`Index '${query.index}' must be partitioned by projectKey first`);
    const file = await this.readProject(String(query.partition[0]), query.entity);
    const rangeAttribute = index.range[0] ?? 'key';
    const matching = Object.entries(file.entities[query.entity] ?? {})
      .filter(([, value]) => index.partition.every((attribute, position) => value[attribute] === query.partition[position]))
      .filter(([, value]) => query.range === undefined || inRange(value[rangeAttribute], query.range))
      .sort(([keyA, a], [keyB, b]) => compareIndexValues(a[rangeAttribute], b[rangeAttribute]) || keyA.localeCompare(keyB));
    if (query.sort === 'desc') matching.reverse();
    const offset = offsetOf(query.cursor);
    const page = matching.slice(offset, offset + query.limit).map(([, value]) => structuredClone(value));
    const next = offset + query.limit;
    return { values: page, nextCursor: next < matching.length ? String(next) : undefined };
  }

  async getMany(entity: EntityName, keys: readonly string[]): Promise<Map<string, StoredValue>> {
    const found = new Map<string, StoredValue>();
    for (const key of new Set(keys)) {
      const value = await this.get(entity, key);
      if (value !== undefined) found.set(key, value);
    }
    return found;
  }

  async putMany(entity: EntityName, items: readonly { key: string; value: StoredValue }[]): Promise<void> {
    for (const batch of inBatches(items)) {
      checkBatch(entity, batch);
      await this.commit(batch.map((item) => ({ type: 'put', entity, key: item.key, value: item.value })));
    }
  }

  async deleteMany(entity: EntityName, keys: readonly string[]): Promise<void> {
    for (const batch of inBatches([...new Set(keys)])) await this.commit(batch.map((key) => ({ type: 'delete', entity, key })));
  }

  async commit(ops: readonly WriteOp[]): Promise<void> {
    checkCommit(ops);
    const files = new Set(ops.map((op) => this.pathOf(projectOfKey(op.key), op.entity)));
    const [path] = files;
    const [first] = ops;
    if (path === undefined || first === undefined || files.size > 1) throw new Error(`A commit writes one file of one project; got ${[...files].join(', ')}`);
    const projectKey = projectOfKey(first.key);
    await mutexFor(path).run(async () => {
      const file = await this.readProject(projectKey, first.entity);
      const failed = ops.find((op) => !conditionHolds(op.condition, file.entities[op.entity]?.[op.key]));
      if (failed !== undefined) throw new ConditionFailedError(failed.entity, failed.key);
      const next = applyOps(file, ops);
      PARSED.set(path, await writeFileAtomically(path, `${JSON.stringify(next)}\n`, this.ops), next);
    });
  }

  /** Records live in one file per project; an entity of a `localFile` group (snapshots) in a file of its own. */
  private pathOf(projectKey: string, entity: EntityName): string {
    const group = entityDefinition(entity).localFile;
    return join(this.directory, group === undefined ? `${projectOfKey(projectKey)}.json` : `${projectOfKey(projectKey)}.${group}.json`);
  }

  /** The file as it is on disk now: parsed again only when its stamp changed since it was last read. */
  private async readProject(projectKey: string, entity: EntityName): Promise<ProjectFile> {
    const path = this.pathOf(projectKey, entity);
    const stamp = await this.ops.stamp(path);
    const cached = stamp === undefined ? undefined : PARSED.get(path, stamp);
    if (cached !== undefined) return cached;
    const read = stamp === undefined ? undefined : await this.ops.read(path);
    if (read === undefined) {
      PARSED.forget(path);
      return emptyFile();
    }
    const file = parseProjectFile(projectKey, path, read.text);
    PARSED.set(path, read.stamp, file);
    return file;
  }
}
