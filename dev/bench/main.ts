/**
 * `npm run bench`: builds a large site, serves it from the local Jira site with 100 ms latency per
 * request, runs the portfolio rollup in a child process, and prints each figure against its target.
 * The last line reads `targets met: N/M`; the exit code is non-zero when a target is missed.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { generateSite } from '../demo/generate-site';
import { parseFixture } from '../site/fixture';
import { startJiraSite } from '../site/server';
import { portfolioLowerBound } from './lowerBound';
import { z } from 'zod';
import { compareWithExpected } from '../expected/compare';

const LATENCY_MS = 100;
const SITE = { seed: 2026, projects: 8, issuesPerProject: 2700, now: '2026-11-15T06:00:00.000+0000', timeZone: 'America/Toronto' };

const childOutput = z.object({ wallMs: z.number(), peakRssMb: z.number(), result: z.unknown() });

interface Row {
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
}

function printRows(rows: readonly Row[]): void {
  const width = Math.max(...rows.map((row) => row.figure.length));
  for (const row of rows) {
    const verdict = row.met === null ? '' : row.met ? '  ok' : '  MISSED';
    console.log(`${row.figure.padEnd(width)}  ${row.value.padStart(12)}   target ${row.target}${verdict}`);
  }
}

async function main(): Promise<void> {
  const built = performance.now();
  const generated = generateSite(SITE);
  const fixture = parseFixture(generated.fixture, 'benchmark site');
  const admin = fixture.users.find((user) => user.siteAdmin === true);
  if (admin === undefined) throw new Error('the benchmark site has no site admin');
  console.log(`site: ${fixture.projects.length} projects, ${fixture.issues.length} issues, built in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  const site = await startJiraSite({ fixture, port: 0, latencyMs: LATENCY_MS });
  try {
    // Asynchronous, so this process keeps serving the site while the child reads it.
    const { stdout: output } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'dev/bench/rollupChild.ts', site.url, admin.accountId], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const measured = childOutput.parse(JSON.parse(output));
    const requests = site.stats().requests;
    const bound = portfolioLowerBound(fixture, admin.accountId);
    const ratio = requests / bound.requests;
    const mismatches = compareWithExpected(measured.result, generated.expected);
    const rows: Row[] = [
      { figure: 'issues on the site', value: String(fixture.issues.length), target: '≥ 20000', met: fixture.issues.length >= 20000 },
      { figure: 'issues the rollup needs (epics + standard)', value: String(bound.issues), target: '', met: null },
      { figure: 'requests made', value: String(requests), target: 'see ratio', met: null },
      { figure: `lower bound (${bound.searchPages} search + ${bound.changelogPages} changelog pages)`, value: String(bound.requests), target: '', met: null },
      { figure: 'requests / lower bound', value: ratio.toFixed(3), target: '≤ 1.25', met: ratio <= 1.25 },
      {
        figure: `wall time (${LATENCY_MS} ms latency per request)`,
        value: `${(measured.wallMs / 1000).toFixed(2)} s`,
        target: '< 10 s',
        met: measured.wallMs < 10000,
      },
      { figure: 'peak memory (rollup process RSS)', value: `${measured.peakRssMb.toFixed(0)} MB`, target: '< 512 MB', met: measured.peakRssMb < 512 },
      {
        figure: 'figures equal the generator oracle',
        value: mismatches.length === 0 ? 'yes' : `${mismatches.length} differ`,
        target: 'all equal',
        met: mismatches.length === 0,
      },
    ];
    printRows(rows);
    mismatches.slice(0, 5).forEach((line) => console.log(`  differs: ${line}`));
    const judged = rows.filter((row) => row.met !== null);
    const met = judged.filter((row) => row.met === true).length;
    console.log(`targets met: ${met}/${judged.length}`);
    if (met < judged.length) process.exitCode = 1;
  } finally {
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
