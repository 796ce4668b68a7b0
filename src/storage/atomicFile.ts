import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The file operations the local store needs, as a port so a test can make one fail midway (a full
 * disk, a crash before the rename) and check that the previous file survives.
 */
export interface FileOps {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  /** Writes the whole text and flushes it to disk (fsync) before resolving. */
  writeDurably(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Flushes a directory entry change (the rename) to disk; a no-op where the platform cannot. */
  syncDirectory(path: string): Promise<void>;
  ensureDirectory(path: string): Promise<void>;
}

/** Duck-typed: errors from Node's fs do not always pass `instanceof Error` across contexts (jest's). */
function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

export const nodeFileOps: FileOps = {
  async read(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  async writeDurably(path, text) {
    const handle = await open(path, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  async syncDirectory(path) {
    const handle = await open(path, 'r').catch(() => undefined);
    if (handle === undefined) return;
    try {
      await handle.sync().catch(() => undefined);
    } finally {
      await handle.close();
    }
  },
  ensureDirectory: async (path) => {
    await mkdir(path, { recursive: true });
  },
};

/**
 * Replaces `path` with `text` so that a reader (or a restart) sees either the old file or the new one,
 * never a mix: write a temporary file beside it, fsync, rename over the old one, fsync the directory.
 * A failure before the rename leaves the old file untouched and removes the temporary one.
 */
export async function writeFileAtomically(path: string, text: string, ops: FileOps = nodeFileOps): Promise<void> {
  await ops.ensureDirectory(dirname(path));
  // The writer's pid in the name lets a later start tell a crash's leftovers from a write under way.
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await ops.writeDurably(temporary, text);
    await ops.rename(temporary, path);
  } catch (error) {
    await ops.remove(temporary).catch(() => undefined);
    throw error;
  }
  await ops.syncDirectory(dirname(path));
}

/** `<file>.<pid>.<uuid>.tmp`, as `writeFileAtomically` names its temporary files. */
const TEMPORARY_NAME = /^.+\.(\d+)\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

/** Whether a process with this id runs now (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Removes the temporary files a crash left in `directory` (a write stopped before its rename), and
 * answers their names; those of a process still running are in use and stay. Synchronous, as it runs
 * once at start, before anything writes.
 */
export function removeLeftoverTemporaries(directory: string): string[] {
  if (!existsSync(directory)) return [];
  const leftovers = readdirSync(directory).filter((name) => {
    const pid = TEMPORARY_NAME.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  for (const name of leftovers) rmSync(join(directory, name), { force: true });
  return leftovers;
}

/** Runs tasks one at a time, in call order: the read-check-write of one file must not interleave. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => task());
    this.tail = result.catch(() => undefined);
    return result;
  }
}
