import { join } from 'node:path';
import { z } from 'zod';
import { runRollup } from '../../dev/cli/rollup';

const SAMPLE_V2 = join(__dirname, '../fixtures/sample-site-v2.json');

async function rollup(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runRollup(
    argv,
    (text) => void (stdout += text),
    (text) => void (stderr += text),
  );
  return { code, stdout, stderr };
}

describe('rollup --format', () => {
  it('returns the portfolio as CSV with a header whose first column, project, holds the project key', async () => {
    const { code, stdout, stderr } = await rollup('--fixture', SAMPLE_V2, '--portfolio', '--format', 'csv');
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]?.split(',').slice(0, 3)).toEqual(['project', 'name', 'feature points']);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['GRT', 'MOB', 'PAY']);
    expect(lines.find((line) => line.startsWith('MOB,'))?.endsWith(',no-risk-or-debt untagged-work velocity-drop')).toBe(true);
  });

  it('returns the portfolio as a Markdown table, one row per product', async () => {
    const { code, stdout } = await rollup('--fixture', SAMPLE_V2, '--portfolio', '--format', 'markdown');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\| project \| name \| feature points \|/);
    expect(lines[1]).toMatch(/^\| --- \| --- \| ---: \|/);
    expect(lines.slice(2).map((line) => line.split(' | ')[0])).toEqual(['| GRT', '| MOB', '| PAY']);
  });

  it('returns the signals as codes with their reasons beside in the JSON', async () => {
    const { stdout } = await rollup('--fixture', SAMPLE_V2, '--project', 'MOB');
    const product = z
      .object({ signals: z.array(z.string()), signalReasons: z.record(z.string(), z.string()) })
      .loose()
      .parse(JSON.parse(stdout));
    expect(product.signals).toEqual(['no-risk-or-debt', 'untagged-work', 'velocity-drop']);
    expect(product.signalReasons['velocity-drop']).toMatch(/^Velocity 14 points, down 34 % from 21\.3 points/);
  });

  it('returns a usage error naming the flag for an unknown format', async () => {
    expect(await rollup('--fixture', SAMPLE_V2, '--portfolio', '--format', 'xml')).toEqual({
      code: 2,
      stdout: '',
      stderr: "rollup: --format must be json, csv or markdown, got 'xml'\n",
    });
  });
});
