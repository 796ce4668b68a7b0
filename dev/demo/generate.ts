/**
 * Writes a demo site fixture (and optionally its expected figures):
 *   tsx dev/demo/generate.ts --out FILE [--expected FILE] [--seed N] [--projects N] [--issues N]
 *                            [--now ISO] [--time-zone ZONE]
 * Bad flags: one line on stderr naming the flag, exit code 2. Nothing is printed on success.
 */
import { writeFileSync } from 'node:fs';
import { CliError, parseArgs } from './args';
import { generateSite } from './generate-site';
import { formatExpected, formatFixture } from './json-format';

function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const { fixture, expected } = generateSite(args.options);
    writeFileSync(args.out, formatFixture(fixture));
    if (args.expected !== null) writeFileSync(args.expected, formatExpected(expected));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`generate: ${message}\n`);
    return error instanceof CliError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
