/**
 * The measured side of the benchmark, in its own process so its memory is the app's alone: runs the
 * portfolio rollup against a Jira site URL as one account and prints one JSON line of measurements.
 * Usage: node --import tsx dev/bench/rollupChild.ts URL ACCOUNT_ID
 */
import { readFileSync } from 'node:fs';
import { JiraClient } from '../../src/jira/client';
import { httpSender } from '../../src/jira/httpTransport';
import { rollupPortfolio } from '../../src/services/rollup';
import { MAX_IN_FLIGHT } from '../../src/cli/openSource';

/** Peak resident set size (VmHWM) in MB, as the kernel counted it for this process. */
function peakRssMb(): number {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmHWM:'));
  const kb = Number(line?.replace(/\D+/g, '') ?? NaN);
  return Number.isFinite(kb) ? kb / 1024 : process.memoryUsage().rss / 1024 / 1024;
}

async function main(): Promise<void> {
  const [url, accountId] = process.argv.slice(2);
  if (url === undefined || accountId === undefined) throw new Error('usage: rollupChild.ts URL ACCOUNT_ID');
  const jira = new JiraClient(httpSender(url, { user: accountId, token: 'bench' }), { maxInFlight: MAX_IN_FLIGHT });
  const started = performance.now();
  const result = await rollupPortfolio(jira, 12);
  const wallMs = performance.now() - started;
  process.stdout.write(`${JSON.stringify({ wallMs, peakRssMb: peakRssMb(), result })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench child: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
