import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from './args';

const TSX = join(__dirname, '../../node_modules/.bin/tsx');
const SCRIPT = join(__dirname, 'generate.ts');

describe('parseArgs', () => {
  it('returns defaults and spreads --issues over --projects when only --out is required', () => {
    expect(parseArgs(['--out', 'site.json', '--projects', '5', '--issues', '2000'])).toEqual({
      out: 'site.json',
      expected: null,
      options: { seed: 1, now: '2026-11-15T06:00:00.000+0000', timeZone: 'America/Toronto', projects: 5, issuesPerProject: 400 },
    });
  });

  it('returns the values of --flag=value forms', () => {
    const args = parseArgs(['--out=a.json', '--expected=b.json', '--seed=9', '--now=2025-01-01T00:00:00Z', '--time-zone=Asia/Tokyo']);
    expect([args.expected, args.options.seed, args.options.now, args.options.timeZone]).toEqual(['b.json', 9, '2025-01-01T00:00:00Z', 'Asia/Tokyo']);
  });

  it('returns the largest share for one project and the rest spread over the others when given --largest-share', () => {
    const { options } = parseArgs(['--out', 'a', '--projects', '50', '--issues', '100000', '--largest-share', '0.3']);
    expect([options.largestProjectIssues, options.issuesPerProject]).toEqual([30000, 1429]);
  });

  it('returns the secured share when given --secured-share, 0 included', () => {
    expect(parseArgs(['--out', 'a', '--secured-share', '0.05']).options.securedShare).toBe(0.05);
    expect(parseArgs(['--out', 'a', '--secured-share=0']).options.securedShare).toBe(0);
  });

  it.each([
    [['--out', 'a', '--colour', 'red'], /unknown argument --colour/],
    [['--out', 'a', '--projects', '4', '--largest-share', '1.5'], /^--largest-share: expected a share strictly between 0 and 1/],
    [['--out', 'a', '--secured-share', '-0.1'], /^--secured-share: expected a share between 0 and 1/],
    [['--out', 'a', '--projects', '1', '--largest-share', '0.5'], /^--largest-share: needs --projects of at least 2/],
    [['--out', 'a', '--projects', '4', '--largest-share', '0.1'], /^--largest-share: 0.1 of 1000 issues leaves 300/],
    [['--seed', '3'], /--out is required/],
    [['--out', 'a', '--seed', 'x'], /^--seed: expected a whole number/],
    [['--out', 'a', '--seed'], /^--seed needs a value/],
    [['--out', 'a', '--projects', '0'], /^--projects: expected a whole number of at least 1/],
    [['--out', 'a', '--issues', '10'], /^--issues: expected a whole number of at least 80/],
    [['--out', 'a', '--now', 'yesterday'], /^--now: expected an ISO 8601 instant/],
    [['--out', 'a', '--time-zone', 'Mars/Olympus'], /^--time-zone: expected an IANA time zone/],
    [['--out', 'a', '--out', 'b'], /^--out is given twice/],
  ])('throws an error naming the flag when given %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('generate.ts', () => {
  it('returns exit code 2 and one line on stderr naming the flag when a flag is bad', () => {
    const run = spawnSync(TSX, [SCRIPT, '--out', 'x.json', '--seed', 'abc'], { encoding: 'utf8' });
    expect([run.status, run.stdout, run.stderr.trim().split('\n').length]).toEqual([2, '', 1]);
    expect(run.stderr).toMatch(/--seed/);
  });

  it("returns exit code 0, prints the site's size first and writes both files when the flags are good", () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-site-'));
    const run = spawnSync(
      TSX,
      [SCRIPT, '--out', join(dir, 'site.json'), '--expected', join(dir, 'expected.json'), '--projects', '1', '--issues', '60', '--seed', '3'],
      { encoding: 'utf8' },
    );
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^site: 1 projects, \d+ issues\n/);
    const fixture: unknown = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8'));
    const expected: unknown = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    expect(fixture).toEqual(expect.objectContaining({ format: 'site-fixture/1', seed: 3 }));
    expect(expected).toEqual(expect.objectContaining({ months: 12 }));
  });
});
