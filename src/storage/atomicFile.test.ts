import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mutex, nodeFileOps, removeLeftoverTemporaries, writeFileAtomically, type FileOps } from './atomicFile';

function directory(): string {
  return mkdtempSync(join(tmpdir(), 'atomic-'));
}

describe('writeFileAtomically', () => {
  it('replaces the file with the new text', async () => {
    const dir = directory();
    const path = join(dir, 'PAY.json');
    writeFileSync(path, 'old');
    await writeFileAtomically(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['PAY.json']);
  });

  it('leaves the old file intact and no temporary file when the write fails midway', async () => {
    const dir = directory();
    const path = join(dir, 'PAY.json');
    writeFileSync(path, 'old');
    const diskFull: FileOps = {
      ...nodeFileOps,
      async writeDurably(target, text) {
        await writeFile(target, text.slice(0, text.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(writeFileAtomically(path, 'new text that does not fit', diskFull)).rejects.toThrow('ENOSPC');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['PAY.json']);
  });

  it('leaves the old file intact when the process stops before the rename', async () => {
    const dir = directory();
    const path = join(dir, 'PAY.json');
    writeFileSync(path, 'old');
    const crash: FileOps = { ...nodeFileOps, rename: async () => Promise.reject(new Error('killed before rename')) };
    await expect(writeFileAtomically(path, 'new', crash)).rejects.toThrow('killed before rename');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['PAY.json']);
  });
});

describe('removeLeftoverTemporaries', () => {
  it("returns and removes the temporary files of ended processes, and keeps this process's and every other file", () => {
    const dir = directory();
    const endedPid = spawnSync(process.execPath, ['-e', '']).pid;
    const names = [
      `PAY.json.${endedPid}.0b7c4a8e-1111-4d7a-9c4e-123456789abc.tmp`,
      `PAY.json.${process.pid}.1b7c4a8e-2222-4d7a-9c4e-123456789abc.tmp`,
      'PAY.json',
      'notes.tmp',
    ];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    expect(removeLeftoverTemporaries(dir)).toEqual([names[0]]);
    expect(readdirSync(dir).sort()).toEqual([names[1], 'PAY.json', 'notes.tmp'].sort());
  });

  it('returns nothing when the directory does not exist yet', () => {
    expect(removeLeftoverTemporaries(join(directory(), 'records'))).toEqual([]);
  });
});

describe('Mutex', () => {
  it('runs tasks one at a time in call order, even after one fails', async () => {
    const mutex = new Mutex();
    const events: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        events.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`${name} end`);
        if (fail) throw new Error(name);
      };
    await Promise.allSettled([mutex.run(task('a', true)), mutex.run(task('b')), mutex.run(task('c'))]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });
});
