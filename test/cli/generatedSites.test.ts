import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRollup } from '../../dev/cli/rollup';
import { generateSite } from '../../dev/demo/generate-site';
import { compareWithExpected } from '../../dev/expected/compare';

/**
 * The sample site is one worked example; these sites come from the demo generator, whose expected
 * figures are taken from its own simulation state rather than from replaying the changelog it wrote.
 */
const SITES = [
  { seed: 11, now: '2026-11-15T06:00:00.000+0000', timeZone: 'America/Toronto', projects: 3, issuesPerProject: 200 },
  { seed: 12, now: '2026-03-01T02:30:00.000Z', timeZone: 'Asia/Tokyo', projects: 2, issuesPerProject: 250 },
  { seed: 13, now: '2026-07-31T23:30:00.000Z', timeZone: 'Europe/London', projects: 2, issuesPerProject: 150 },
];

describe.each(SITES)('rollup on a generated site (seed $seed, $timeZone)', (options) => {
  it('reproduces every figure of the generator oracle', async () => {
    const { fixture, expected } = generateSite(options);
    const file = join(mkdtempSync(join(tmpdir(), 'generated-')), 'site.json');
    writeFileSync(file, JSON.stringify(fixture));
    let stdout = '';
    let stderr = '';
    const code = await runRollup(
      ['--fixture', file, '--portfolio'],
      (text) => void (stdout += text),
      (text) => void (stderr += text),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(compareWithExpected(JSON.parse(stdout), expected)).toEqual([]);
  });
});
