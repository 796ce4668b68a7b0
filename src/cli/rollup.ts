import { rollupPortfolio, rollupProject } from '../services/rollup';
import { openSiteSource, type SourceOpener } from './openSource';
import { describeChecks, sprintDiffers, verifyVelocity } from './verify';
import { parseRollupArgs, UsageError, USAGE } from './rollupArgs';

/** The exit code of `--verify` when some sprint's figures differ from Jira's chart. */
export const FIGURES_DIFFER = 3;

/**
 * `npm run --silent rollup -- …`: a product's or the portfolio's figures as JSON on stdout.
 * Any failure is one line on stderr and a non-zero exit (2 for usage), with nothing on stdout.
 * `--verify` adds `verification` to the JSON, writes the comparison in words on stderr, and exits 3
 * when some sprint differs from Jira's own chart.
 * `open` reads the source; this module alone knows real sites, dev/cli/rollup.ts adds fixtures.
 */
export async function runRollup(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  open: SourceOpener = openSiteSource,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out(`${USAGE}\n`);
    return 0;
  }
  try {
    const args = parseRollupArgs(argv);
    const source = await open(args.source);
    try {
      const result =
        args.scope.kind === 'project' ? await rollupProject(source.jira, args.scope.key, args.months) : await rollupPortfolio(source.jira, args.months);
      const verification = args.verify ? await verifyVelocity(source.jira, result.products) : null;
      const extra = verification === null ? {} : { verification };
      const json =
        args.scope.kind === 'project' ? { ...result.products[0], site: result.site, ...extra } : { site: result.site, products: result.products, ...extra };
      out(`${JSON.stringify(json)}\n`);
      if (verification === null) return 0;
      err(describeChecks(verification));
      return verification.some((board) => board.sprints.some(sprintDiffers)) ? FIGURES_DIFFER : 0;
    } finally {
      await source.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    err(`rollup: ${message.split('\n')[0] ?? message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

/** Runs the command on this process's arguments and streams, and sets its exit code. */
export function runRollupProcess(open: SourceOpener = openSiteSource): void {
  void runRollup(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
    open,
  ).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runRollupProcess();
