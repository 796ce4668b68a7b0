import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { existsSync, readdirSync, rmSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The file operations the local store needs, as a port so a test can make one fail midway (a full
 * disk, a crash before the rename) and check that the previous file survives.
 */
export interface FileOps {
  /** The file's text and stamp (read from one open file, so they match), or undefined when it does not exist. */
  read(path: string): Promise<{ text: string; stamp: string } | undefined>;
  /** What tells one content of the file from another (`FileStamp`), or undefined when it does not exist. */
  stamp(path: string): Promise<string | undefined>;
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

/**
 * Inode, size and modification time: a file replaced by rename is a new inode, and one changed in place
 * (a person's editor) changes its size or time, so a file with the same stamp has the same content.
 */
function stampOf(stats: Stats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}

async function openIfExists(path: string): Promise<FileHandle | undefined> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

export const nodeFileOps: FileOps = {
  async read(path) {
    const handle = await openIfExists(path);
    if (handle === undefined) return undefined;
    try {
      const stamp = stampOf(await handle.stat());
      return { text: await handle.readFile('utf8'), stamp };
    } finally {
      await handle.close();
    }
  },
  async stamp(path) {
    try {
      return stampOf(await stat(path));
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
 * A failure before the rename leaves the old file untouched and removes the temporary one. Answers the
 * new file's stamp, taken before the rename (which keeps it), so no later write can be mistaken for it.
 */
export async function writeFileAtomically(path: string, text: string, ops: FileOps = nodeFileOps): Promise<string | undefined> {
  await ops.ensureDirectory(dirname(path));
  // The writer's pid in the name lets a later start tell a crash's leftovers from a write under way.
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  let stamp: string | undefined;
  try {
    await ops.writeDurably(temporary, text);
    stamp = await ops.stamp(temporary);
    await ops.rename(temporary, path);
  } catch (error) {
    await ops.remove(temporary).catch(() => undefined);
    throw error;
  }
  await ops.syncDirectory(dirname(path));
  return stamp;
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
