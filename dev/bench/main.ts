/**
 * `npm run bench`: builds a site of 50 products and over 100,000 issues (some under issue security
 * levels), serves it from the local Jira site with 100 ms latency per request, runs the app (queue,
 * consumer, triggers, resolvers) in a child process, and prints each figure against its target. The
 * last line reads `targets met: N/M`; the exit code is non-zero when a target is missed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSite } from '../demo/generate-site';
import { parseFixture } from '../site/fixture';
import { startJiraSite } from '../site/server';
import { snapshotLowerBound } from './lowerBound';
import { measureServing, type Row } from './serving';
import { measureIncremental } from './incrementalStep';
import { appCall, type AppCall } from './appIpc';

const LATENCY_MS = 100;
const SITE = {
  seed: 2026,
  projects: 50,
  issuesPerProject: 1490,
  largestProjectIssues: 37_000,
  securedShare: 0.05,
  now: '2026-11-15T06:00:00.000+0000',
  timeZone: 'America/Toronto',
};

function printRows(rows: readonly Row[]): void {
  const width = Math.max(...rows.map((row) => row.figure.length));
  for (const row of rows) {
    const verdict = row.met === null ? '' : row.met ? '  ok' : '  MISSED';
    console.log(`${row.figure.padEnd(width)}  ${row.value.padStart(14)}   ${row.target === '' ? '' : `target ${row.target}`}${verdict}`);
  }
}

function startChild(url: string): Promise<{ child: ChildProcess; call: AppCall }> {
  const child = fork(join(__dirname, 'appChild.ts'), [url, mkdtempSync(join(tmpdir(), 'bench-state-'))], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve({ child, call: appCall(child) }));
    child.once('exit', (code) => reject(new Error(`the app process exited with ${String(code)} before it was ready`)));
  });
}

async function main(): Promise<void> {
  const built = performance.now();
  const generated = generateSite(SITE);
  const fixture = parseFixture(generated.fixture, 'benchmark site');
  const secured = fixture.issues.filter((issue) => issue.fields.security != null).length;
  console.log(
    `site: ${fixture.projects.length} projects, ${fixture.issues.length} issues (${secured} under a security level), built in ${((performance.now() - built) / 1000).toFixed(1)} s`,
  );
  const site = await startJiraSite({ fixture, port: 0, latencyMs: LATENCY_MS });
  const { child, call } = await startChild(site.url);
  try {
    const bound = snapshotLowerBound(fixture);
    const largest = bound.largest;
    const rows: Row[] = [
      {
        figure: 'projects / issues on the site',
        value: `${fixture.projects.length} / ${fixture.issues.length}`,
        target: '≥ 50 / ≥ 100000',
        met: fixture.projects.length >= 50 && fixture.issues.length >= 100_000,
      },
      { figure: `largest project (${largest.projectKey}) issues`, value: String(largest.issues), target: '≥ 30000', met: largest.issues >= 30_000 },
    ];
    site.resetStats();
    const single = await call({ cmd: 'refresh', projectKey: largest.projectKey });
    rows.push(
      {
        figure: `full build of ${largest.projectKey} alone: wall time`,
        value: `${(single.ms / 1000).toFixed(1)} s`,
        target: '< 120 s',
        met: single.ms < 120_000,
      },
      {
        figure: `full build of ${largest.projectKey} alone: peak RSS`,
        value: `${single.peakRssMb.toFixed(0)} MB`,
        target: '< 512 MB',
        met: single.peakRssMb < 512,
      },
      { figure: `full build of ${largest.projectKey}: Jira requests`, value: String(site.stats().requests), target: `bound ${largest.bound}`, met: null },
    );
    site.resetStats();
    const all = await call({ cmd: 'daily' });
    const ratio = site.stats().requests / bound.requests;
    rows.push(
      { figure: 'full build of every project (daily fan-out, queue)', value: `${(all.ms / 1000).toFixed(1)} s`, target: '', met: null },
      { figure: 'Jira requests', value: String(site.stats().requests), target: '', met: null },
      {
        figure: `lower bound (${bound.searchPages} search + ${bound.changelogPages} changelog pages + ${bound.filterReads} filters + ${bound.versionReads} versions)`,
        value: String(bound.requests),
        target: '',
        met: null,
      },
      { figure: 'requests / lower bound', value: ratio.toFixed(3), target: '≤ 1.25', met: ratio <= 1.25 },
      { figure: 'KVS reads / writes, full build', value: `${all.kvs.reads} / ${all.kvs.writes}`, target: '(writes cost ~20× reads)', met: null },
      { figure: 'peak RSS of the app process', value: `${all.peakRssMb.toFixed(0)} MB`, target: '< 512 MB', met: all.peakRssMb < 512 },
    );
    rows.push(...(await measureServing(site, call, fixture, generated.expected, largest.projectKey)));
    rows.push(...(await measureIncremental(site, call, fixture)));
    printRows(rows);
    const judged = rows.filter((row) => row.met !== null);
    const met = judged.filter((row) => row.met === true).length;
    console.log(`targets met: ${met}/${judged.length}`);
    if (met < judged.length) process.exitCode = 1;
  } finally {
    child.send({ cmd: 'exit' });
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
