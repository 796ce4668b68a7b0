import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { runRollup } from '../../dev/cli/rollup';
import { compareWithExpected } from '../../dev/expected/compare';

const SAMPLE_V2 = join(__dirname, '../fixtures/sample-site-v2.json');
/** sample-site-v2.expected.json: `{accountId: {projectKey: rollup or null}}`, null where the viewer may not browse. */
const EXPECTED = z
  .record(z.string(), z.record(z.string(), z.record(z.string(), z.unknown()).nullable()))
  .parse(JSON.parse(readFileSync(join(__dirname, '../fixtures/sample-site-v2.expected.json'), 'utf8')));

async function rollupAs(viewer: string): Promise<unknown> {
  let stdout = '';
  let stderr = '';
  const code = await runRollup(
    ['--fixture', SAMPLE_V2, '--portfolio', '--as', viewer],
    (text) => void (stdout += text),
    (text) => void (stderr += text),
  );
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout);
}

describe('rollup on the contract v2 sample site', () => {
  it.each(Object.keys(EXPECTED))('reproduces every figure and sprint report outcome of sample-site-v2.expected.json for %s', async (viewer) => {
    const projects = Object.fromEntries(Object.entries(EXPECTED[viewer] ?? {}).filter(([, product]) => product !== null));
    const got = await rollupAs(viewer);
    expect(compareWithExpected(got, { viewer, months: 12, projects })).toEqual([]);
  });

  it('returns one difference per issue whose outcome differs from the expected report', async () => {
    const viewer = '557058:po-0003';
    const projects = { PAY: EXPECTED[viewer]?.['PAY'] };
    const got = z.object({ products: z.array(z.object({ project: z.string() }).loose()) }).parse(await rollupAs(viewer));
    const report = JSON.stringify(got).replace('"key":"PAY-9006","outcome":"completedOutside"', '"key":"PAY-9006","outcome":"completed"');
    const differences = compareWithExpected(JSON.parse(report), { viewer, months: 12, projects });
    expect(differences).toEqual(['PAY sprint 118 PAY-9006: got outcome=completed, want outcome=completedOutside']);
  });
});
