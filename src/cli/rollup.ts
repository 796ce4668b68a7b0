import { JiraRateLimitedError } from '../jira/errors';
import type { RetryPolicy } from '../jira/retry';
import { rollupPortfolio, rollupProject } from '../services/rollup';
import { openSiteSource, type SourceOpener } from './openSource';
import { describeChecks, sprintDiffers, verifyVelocity } from './verify';
import { rollupOutput } from './rollupOutput';
import { parseRollupArgs, UsageError, USAGE } from './rollupArgs';

/** The exit code of `--verify` when some sprint's figures differ from Jira's chart. */
export const FIGURES_DIFFER = 3;

/**
 * A command has no platform time limit, so under a sustained rate limit it keeps honouring Jira
 * (Retry-After, else backoff up to 30 s) until `--max-wait` is spent, however many retries that takes.
 */
export function commandLineRetry(maxWaitSeconds: number): RetryPolicy {
  return { maxRetries: Number.POSITIVE_INFINITY, baseDelayMs: 1000, maxDelayMs: 30_000, budgetMs: maxWaitSeconds * 1000 };
}

function failureLine(error: unknown, maxWaitSeconds: number | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0] ?? message;
  if (error instanceof JiraRateLimitedError && maxWaitSeconds !== undefined) return `${line}; give --max-wait SECONDS (now ${maxWaitSeconds}) to wait longer`;
  return line;
}

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
  let maxWaitSeconds: number | undefined;
  try {
    const args = parseRollupArgs(argv);
    maxWaitSeconds = args.maxWaitSeconds;
    const source = await open(args.source);
    const jira = source.jira.withRetry(commandLineRetry(args.maxWaitSeconds));
    try {
      const result = args.scope.kind === 'project' ? await rollupProject(jira, args.scope.key, args.months) : await rollupPortfolio(jira, args.months);
      const verification = args.verify ? await verifyVelocity(jira, result.products) : null;
      out(rollupOutput(result, args.scope.kind, args.format, verification));
      if (verification === null) return 0;
      err(describeChecks(verification));
      return verification.some((board) => board.sprints.some(sprintDiffers)) ? FIGURES_DIFFER : 0;
    } finally {
      await source.close();
    }
  } catch (error) {
    err(`rollup: ${failureLine(error, maxWaitSeconds)}\n`);
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
