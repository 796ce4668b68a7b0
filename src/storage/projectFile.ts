import { z } from 'zod';
import { UnreadableRecordsError, type WriteOp } from './recordTable';

/** The content of one local file: every entity's values by key (src/storage/fileTable.ts). */
const FILE_FORMAT = 'product-lens-records/1';

const projectFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  entities: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown()))),
});
export type ProjectFile = z.infer<typeof projectFileSchema>;

export function emptyFile(): ProjectFile {
  return { format: FILE_FORMAT, entities: {} };
}

/**
 * The file after `ops`, leaving `file` as it was. Parsed files are shared by every reader (see
 * `ParsedFiles`), so nothing is changed in place: only the entities written are copied, and the values
 * they keep are shared, never cloned, which keeps a commit to a large file cheap.
 */
export function applyOps(file: ProjectFile, ops: readonly WriteOp[]): ProjectFile {
  const entities = { ...file.entities };
  for (const entity of new Set(ops.map((op) => op.entity))) entities[entity] = { ...entities[entity] };
  for (const op of ops) {
    const values = (entities[op.entity] ??= {});
    if (op.type === 'put') values[op.key] = structuredClone({ ...op.value });
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the entities are the JSON object written to the file; a Map would not serialize
    else delete values[op.key];
  }
  return { format: file.format, entities };
}

function jsonOf(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** A project file's content, or an error that names the file and says what to do with it. */
export function parseProjectFile(projectKey: string, path: string, text: string): ProjectFile {
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

/**
 * Parsed files by path, each with the stamp (inode, size, mtime) of the file it was read from. Reading
 * and parsing a project's whole file on every call cost a list of 400 risks most of a second; a call
 * now checks the stamp and reads only a file that changed, whoever replaced it (a write of this
 * process, another process, a person moving it aside). Writes replace files by rename, so a stamp
 * names one content.
 */
export class ParsedFiles {
  private readonly files = new Map<string, { stamp: string; file: ProjectFile }>();

  get(path: string, stamp: string): ProjectFile | undefined {
    const cached = this.files.get(path);
    return cached?.stamp === stamp ? cached.file : undefined;
  }

  set(path: string, stamp: string | undefined, file: ProjectFile): void {
    if (stamp === undefined) this.files.delete(path);
    else this.files.set(path, { stamp, file });
  }

  forget(path: string): void {
    this.files.delete(path);
  }
}
