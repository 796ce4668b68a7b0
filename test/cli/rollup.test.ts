import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runRollup } from '../../dev/cli/rollup';
import { compareWithExpected } from '../../dev/expected/compare';
import { loadFixture } from '../../dev/site/fixture';
import { startJiraSite, type JiraSite } from '../../dev/site/server';
import { runRollup as runRollupCommand } from '../../src/cli/rollup';
import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import type { SendRequest } from '../../src/jira/request';

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

describe('rollup under a sustained rate limit', () => {
  let site: JiraSite;
  beforeAll(async () => {
    site = await startJiraSite({ fixture: loadFixture(SAMPLE), port: 0 });
  });
  afterEach(() => site.setRateLimit(undefined));
  afterAll(() => site.close());

  /** The local Jira site as a real one (--site), the first `limited` requests answered 429 with Retry-After 0; waits are recorded, not slept. */
  async function rollupLimited(limited: number, ...flags: string[]): Promise<{ code: number; stderr: string; waits: number[] }> {
    const waits: number[] = [];
    let sent = 0;
    const http = httpSender(site.url, { user: '557058:admin-0001', token: 'test' });
    const send: SendRequest = (request) =>
      sent++ < limited ? Promise.resolve({ status: 429, header: (name) => (name === 'Retry-After' ? '0' : null), text: '' }) : http(request);
    const open = () => Promise.resolve({ jira: new JiraClient(send, { sleep: async (ms) => void waits.push(ms), random: () => 0.5 }), close: async () => {} });
    let stderr = '';
    const argv = ['--site', 'https://acme.atlassian.net', '--email', 'a@b.c', '--token', 't', '--portfolio', ...flags];
    const code = await runRollupCommand(
      argv,
      () => undefined,
      (text) => void (stderr += text),
      open,
    );
    return { code, stderr, waits };
  }

  it('returns the figures when the first 10 requests answer 429 with Retry-After 0, backing off between them', async () => {
    const { code, stderr, waits } = await rollupLimited(10);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000, 15000, 15000]);
  });

  it('returns exit code 1 and one line saying how long it waited when Jira answers 429 to everything for --max-wait 60', async () => {
    site.setRateLimit({ every: 1, retryAfterSeconds: 0 });
    const { code, stderr, waits } = await rollupLimited(0, '--max-wait', '60');
    expect(code).toBe(1);
    expect(stderr).toBe(
      "rollup: Jira's rate limit was reached for GET /rest/api/3/project/search; it asked to wait 0 s; gave up after waiting 60 s over 8 retries, the whole 60 s wait budget; give --max-wait SECONDS (now 60) to wait longer\n",
    );
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBe(60_000);
  });

  it('returns exit code 1 at the first 429 when --max-wait is 0', async () => {
    const { code, stderr, waits } = await rollupLimited(1, '--max-wait', '0');
    expect(code).toBe(1);
    expect(stderr).toContain('gave up after waiting 0 s over 0 retries, the whole 0 s wait budget');
    expect(waits).toEqual([]);
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
