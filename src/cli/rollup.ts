import { JiraRateLimitedError } from '../jira/errors';
import type { RetryPolicy } from '../jira/retry';
import { rollupPortfolio, rollupProject } from '../services/rollup';
import { openSiteSource, type SourceOpener } from './openSource';
import { parseRollupArgs, UsageError, USAGE } from './rollupArgs';

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
      if (args.scope.kind === 'project') {
        const result = await rollupProject(jira, args.scope.key, args.months);
        out(`${JSON.stringify({ ...result.products[0], site: result.site })}\n`);
      } else {
        const result = await rollupPortfolio(jira, args.months);
        out(`${JSON.stringify({ site: result.site, products: result.products })}\n`);
      }
    } finally {
      await source.close();
    }
    return 0;
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
