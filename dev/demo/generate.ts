/**
 * Writes a demo site fixture (and optionally its expected figures):
 *   tsx dev/demo/generate.ts --out FILE [--expected FILE] [--seed N] [--projects N] [--issues N]
 *                            [--largest-share S] [--secured-share S] [--now ISO] [--time-zone ZONE]
 * Prints `site: N projects, M issues` first, then what else it made and wrote. Bad flags: one line on
 * stderr naming the flag, exit code 2.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { CliError, parseArgs } from './args';
import type { SiteFixtureJson } from './fixture-types';
import { generateSite } from './generate-site';
import { fixtureChunks, formatExpected } from './json-format';

/** Writes the fixture a few megabytes at a time, so no single string holds a large site. */
function writeFixtureFile(path: string, fixture: SiteFixtureJson): number {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let size = 0;
  let bytes = 0;
  const flush = () => {
    bytes += writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  try {
    for (const chunk of fixtureChunks(fixture)) {
      pending.push(chunk);
      size += chunk.length;
      if (size > 4_000_000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** What the site holds beyond its size: its largest project, its secured issues and its boards' columns and filters. */
function summary(fixture: SiteFixtureJson): string[] {
  const sizes = new Map<string, number>();
  let secured = 0;
  for (const issue of fixture.issues) {
    sizes.set(issue.fields.project.key, (sizes.get(issue.fields.project.key) ?? 0) + 1);
    if (issue.fields.security !== undefined) secured += 1;
  }
  const [key, count] = [...sizes].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  const levels = (fixture.issueSecurityLevels ?? []).map((l) => l.name).join(', ');
  const columns = fixture.boards.filter((b) => b.columnConfig !== undefined).length;
  const spanning = fixture.boards.flatMap((b) => (b.filter === undefined ? [] : [`${b.name}: ${b.filter.jql}`]));
  return [
    `largest project: ${key}, ${count} issues`,
    `secured: ${secured} issues${levels === '' ? '' : ` (levels: ${levels})`}`,
    `boards: ${fixture.boards.length}, ${columns} with their own columns${spanning.length === 0 ? '' : `, filters spanning projects: ${spanning.join('; ')}`}`,
  ];
}

function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const { fixture, expected } = generateSite(args.options);
    process.stdout.write(`site: ${fixture.projects.length} projects, ${fixture.issues.length} issues\n`);
    for (const line of summary(fixture)) process.stdout.write(`${line}\n`);
    const bytes = writeFixtureFile(args.out, fixture);
    process.stdout.write(`wrote ${args.out} (${(bytes / 1e6).toFixed(1)} MB)\n`);
    if (args.expected !== null) {
      writeFileSync(args.expected, formatExpected(expected));
      process.stdout.write(`wrote ${args.expected}\n`);
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`generate: ${message}\n`);
    return error instanceof CliError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
