import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runRollup } from '../../dev/cli/rollup';
import { compareWithExpected } from '../../dev/expected/compare';

const SAMPLE = join(__dirname, '../fixtures/sample-site.json');
const EXPECTED = JSON.parse(readFileSync(join(__dirname, '../fixtures/sample-site.expected.json'), 'utf8')) as { projects: Record<string, unknown> };

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

describe('rollup on the sample site', () => {
  it('reproduces every figure of sample-site.expected.json for the portfolio', async () => {
    const { code, stdout, stderr } = await rollup('--fixture', SAMPLE, '--portfolio');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(compareWithExpected(JSON.parse(stdout), EXPECTED)).toEqual([]);
  });

  it('reproduces the expected figures of one project with --project', async () => {
    const { code, stdout } = await rollup('--fixture', SAMPLE, '--project', 'GRT');
    expect(code).toBe(0);
    const product = JSON.parse(stdout) as { project: string };
    expect(product.project).toBe('GRT');
    expect(compareWithExpected({ products: [product] }, { ...EXPECTED, projects: { GRT: EXPECTED.projects['GRT'] } })).toEqual([]);
  });

  it('returns only the projects the viewer may browse with --as', async () => {
    const { stdout } = await rollup('--fixture', SAMPLE, '--portfolio', '--as', '557058:lead-0002');
    expect((JSON.parse(stdout) as { products: { project: string }[] }).products.map((product) => product.project)).toEqual(['GRT', 'PAY']);
  });

  it('returns an empty portfolio for a viewer who may browse nothing', async () => {
    const { code, stdout } = await rollup('--fixture', SAMPLE, '--portfolio', '--as', '557058:none-0004');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { products: unknown[] }).products).toEqual([]);
  });

  it('returns the window asked for with --months', async () => {
    const { stdout } = await rollup('--fixture', SAMPLE, '--project', 'PAY', '--months', '3');
    expect((JSON.parse(stdout) as { workload: { months: { month: string }[] } }).workload.months.map((month) => month.month)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });
});

describe('rollup errors', () => {
  it('answers alike for a project the viewer may not browse and one that does not exist', async () => {
    const hidden = await rollup('--fixture', SAMPLE, '--project', 'MOB', '--as', '557058:lead-0002');
    const missing = await rollup('--fixture', SAMPLE, '--project', 'NOPE', '--as', '557058:lead-0002');
    expect(hidden).toEqual({ code: 1, stdout: '', stderr: "rollup: Project 'MOB' was not found, or you do not have permission to browse it\n" });
    expect(missing.stderr).toBe("rollup: Project 'NOPE' was not found, or you do not have permission to browse it\n");
    expect(missing.stdout).toBe('');
  });

  it('names the missing fixture file', async () => {
    const { code, stdout, stderr } = await rollup('--fixture', '/nonexistent/site.json', '--portfolio');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^rollup: .*\/nonexistent\/site\.json.*\n$/);
  });

  it('names the problem in a malformed fixture', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rollup-')), 'broken.json');
    writeFileSync(file, '{"format": "site-fixture/1", "issues": [');
    const { code, stdout, stderr } = await rollup('--fixture', file, '--portfolio');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toContain('broken.json');
  });

  it('names an unknown viewer', async () => {
    const { code, stderr } = await rollup('--fixture', SAMPLE, '--portfolio', '--as', 'nobody');
    expect(code).toBe(1);
    expect(stderr).toBe('rollup: --as: the fixture ' + SAMPLE + " has no user 'nobody'\n");
  });

  it('returns exit code 2 and one line naming the flag when --project is given twice', async () => {
    expect(await rollup('--fixture', SAMPLE, '--project', 'PAY', '--project', 'GRT')).toEqual({
      code: 2,
      stdout: '',
      stderr: "rollup: --project is given 2 times ('PAY', 'GRT'); give it once\n",
    });
  });

  it('exits 2 with one line for a bad flag', async () => {
    const { code, stdout, stderr } = await rollup('--fixture', SAMPLE, '--portfolio', '--months', '-1');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('npm run --silent rollup', () => {
  it('prints only JSON on stdout when run as the README says', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'rollup', '--', '--fixture', SAMPLE, '--project', 'PAY', '--months', '1'], {
      cwd: join(__dirname, '../..'),
    });
    expect((JSON.parse(stdout) as { project: string }).project).toBe('PAY');
  });
});
