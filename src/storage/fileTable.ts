import { join, resolve } from 'node:path';
import { z } from 'zod';
import { entityDefinition, projectOfKey, type EntityName } from './entities';
import { nodeFileOps, Mutex, writeFileAtomically, type FileOps } from './atomicFile';
import {
  checkBatch,
  checkCommit,
  ConditionFailedError,
  inBatches,
  conditionHolds,
  InvalidCursorError,
  UnreadableRecordsError,
  type IndexQuery,
  type QueryPage,
  type RecordTable,
  type StoredValue,
  type WriteOp,
} from './recordTable';
import { compareIndexValues, inRange } from './indexOrder';

/**
 * The local adapter: one JSON file per project under `<stateDir>/records/`, holding every entity's
 * values by key. A commit reads the file, checks every condition, and replaces the file atomically,
 * all under that file's mutex, so it has the same all-or-nothing and version semantics as a Forge
 * transaction, and what a user enters survives a restart.
 */
const FILE_FORMAT = 'product-lens-records/1';

const projectFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  entities: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown()))),
});
type ProjectFile = z.infer<typeof projectFileSchema>;

/** One mutex per file for the whole process, so two tables over the same directory still take turns. */
const MUTEXES = new Map<string, Mutex>();

function mutexFor(path: string): Mutex {
  const existing = MUTEXES.get(path);
  if (existing !== undefined) return existing;
  const created = new Mutex();
  MUTEXES.set(path, created);
  return created;
}

function emptyFile(): ProjectFile {
  return { format: FILE_FORMAT, entities: {} };
}

function applyOps(file: ProjectFile, ops: readonly WriteOp[]): ProjectFile {
  const next: ProjectFile = structuredClone(file);
  for (const op of ops) {
    const values = (next.entities[op.entity] ??= {});
    if (op.type === 'put') values[op.key] = structuredClone({ ...op.value });
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the entities are the JSON object written to the file; a Map would not serialize
    else delete values[op.key];
  }
  return next;
}

/** This adapter's cursors are offsets as it writes them (`String(n)`); `Number` alone would take '1e3' or ' 5'. */
function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^(0|[1-9]\d{0,8})$/.test(cursor)) throw new InvalidCursorError(cursor);
  return Number(cursor);
}

function jsonOf(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** A project file's content, or an error that names the file and says what to do with it. */
function parseProjectFile(projectKey: string, path: string, text: string): ProjectFile {
  const json = jsonOf(text);
  const parsed = json.ok ? projectFileSchema.safeParse(json.value) : undefined;
  if (parsed?.success === true) return parsed.data;
  const issue = parsed?.error.issues[0];
  const problem = json.ok ? `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}` : `not JSON: ${json.problem}`;
  throw new UnreadableRecordsError(
    projectKey,
    `${path} is not a Product Lens record file (${FILE_FORMAT}; ${problem}). Move it aside to start that file empty, or put back a backup of it; other products are not affected`,
  );
}

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
      await writeFileAtomically(path, `${JSON.stringify(applyOps(file, ops))}\n`, this.ops);
    });
  }

  /** Records live in one file per project; an entity of a `localFile` group (snapshots) in a file of its own. */
  private pathOf(projectKey: string, entity: EntityName): string {
    const group = entityDefinition(entity).localFile;
    return join(this.directory, group === undefined ? `${projectOfKey(projectKey)}.json` : `${projectOfKey(projectKey)}.${group}.json`);
  }

  private async readProject(projectKey: string, entity: EntityName): Promise<ProjectFile> {
    const path = this.pathOf(projectKey, entity);
    const text = await this.ops.read(path);
    return text === undefined ? emptyFile() : parseProjectFile(projectKey, path, text);
  }
}
