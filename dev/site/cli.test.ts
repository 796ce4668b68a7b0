import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { parseSiteArgs, UsageError } from './cli';
import { SAMPLE_FIXTURE } from './testing/client';

const TSX = path.resolve(__dirname, '../../node_modules/.bin/tsx');
const MAIN = path.resolve(__dirname, 'main.ts');

describe('parseSiteArgs', () => {
  it('returns the fixture with port 0 and no latency when only --fixture is given', () => {
    expect(parseSiteArgs(['--fixture', 'site.json'])).toEqual({ fixture: 'site.json', port: 0, latencyMs: 0 });
  });

  it('returns the port and latency when given as separate or inline values', () => {
    expect(parseSiteArgs(['--port=8080', '--fixture', 'f.json', '--latency', '25'])).toEqual({ fixture: 'f.json', port: 8080, latencyMs: 25 });
  });

  it('throws a UsageError naming the flag when a value is not a whole number', () => {
    expect(() => parseSiteArgs(['--fixture', 'f.json', '--port', 'http'])).toThrow(
      new UsageError("--port: expected a whole number from 0 to 65535, got 'http'"),
    );
    expect(() => parseSiteArgs(['--fixture', 'f.json', '--latency', '-5'])).toThrow(UsageError);
  });

  it('throws a UsageError when --fixture is missing, a flag is unknown, repeated or lacks its value', () => {
    expect(() => parseSiteArgs([])).toThrow(/^--fixture is required; usage: /);
    expect(() => parseSiteArgs(['--fixture', 'f.json', '--verbose'])).toThrow(/^unknown argument '--verbose'/);
    expect(() => parseSiteArgs(['--fixture', 'a.json', '--fixture', 'b.json'])).toThrow('--fixture given twice');
    expect(() => parseSiteArgs(['--fixture', '--port', '1'])).toThrow(/^--fixture: missing value/);
  });
});

describe('dev/site/main.ts', () => {
  it('exits 2 with one line on stderr when a flag is bad', () => {
    const run = spawnSync(TSX, [MAIN, '--fixture', SAMPLE_FIXTURE, '--port', 'x'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('npm warn')),
    ).toEqual(["--port: expected a whole number from 0 to 65535, got 'x'"]);
  });

  it('prints the site url and answers requests when started with a fixture', async () => {
    const child = spawn(TSX, [MAIN, '--fixture', SAMPLE_FIXTURE, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const line = out.split('\n')[0] ?? '';
          if (out.includes('\n')) resolve(line.trim());
        });
        child.once('exit', (code) => reject(new Error(`main.ts exited with ${String(code)}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${url}/rest/api/3/serverInfo`, {
        headers: { Authorization: `Basic ${Buffer.from('557058:admin-0001:x').toString('base64')}` },
      });
      expect(await response.json()).toMatchObject({ serverTime: '2026-11-15T06:00:00.000+0000' });
    } finally {
      const exited = child.exitCode === null ? once(child, 'exit') : Promise.resolve();
      child.kill('SIGTERM');
      await exited;
    }
  });
});
