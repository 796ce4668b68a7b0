/**
 * The app's side of the benchmark, in its own process so its memory is the app's alone: the
 * resolvers, the local queue and its consumer, and the triggers, against a Jira site URL, driven by
 * the parent over IPC. Each command answers with its measurements.
 * Usage: forked by dev/bench/main.ts with `--import tsx`, argv: URL STATE_DIR.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { startLocalApp } from '../local/app';
import { resolverFunctions } from '../../src/resolvers/registry';
import { fullRefresh } from '../../src/services/snapshots/schedule';
import { refreshProject } from '../../src/services/snapshots/refresh';

/** Peak resident set size (VmHWM) in MB, as the kernel counted it for this process. */
function peakRssMb(): number {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmHWM:'));
  const kb = Number(line?.replace(/\D+/g, '') ?? NaN);
  return Number.isFinite(kb) ? kb / 1024 : process.memoryUsage().rss / 1024 / 1024;
}

const command = z.discriminatedUnion('cmd', [
  z.object({ cmd: z.literal('refresh'), projectKey: z.string() }),
  z.object({ cmd: z.literal('daily') }),
  z.object({ cmd: z.literal('event'), payload: z.unknown() }),
  z.object({ cmd: z.literal('settle') }),
  z.object({ cmd: z.literal('head'), projectKey: z.string() }),
  z.object({ cmd: z.literal('resolve'), key: z.string(), payload: z.unknown(), context: z.unknown() }),
  z.object({ cmd: z.literal('exit') }),
]);

const [url, stateDir] = process.argv.slice(2);
if (url === undefined || stateDir === undefined) throw new Error('usage: appChild.ts URL STATE_DIR');
// Queue delays as on Forge but 1000 times faster: the 15-minute fan-out spread takes under a second.
const app = startLocalApp(url, stateDir, { concurrency: 2, msPerSecond: 1 });
const functions = resolverFunctions(app.deps);
const pendingEvents = new Set<Promise<unknown>>();

async function run(message: z.infer<typeof command>): Promise<unknown> {
  const storage = { ...app.deps.snapshots.counts };
  const started = performance.now();
  const measured = (result: unknown) => ({
    ms: performance.now() - started,
    peakRssMb: peakRssMb(),
    kvs: { reads: app.deps.snapshots.counts.reads - storage.reads, writes: app.deps.snapshots.counts.writes - storage.writes },
    result,
  });
  switch (message.cmd) {
    case 'refresh':
      return measured(await refreshProject(app.deps, fullRefresh(message.projectKey, new Date(), 'benchmark')));
    case 'daily':
      await app.runDaily();
      await app.queue.idle();
      return measured(app.queue.stats);
    case 'event': {
      const handled = app.onJiraEvent(message.payload).finally(() => pendingEvents.delete(handled));
      pendingEvents.add(handled);
      return measured(null);
    }
    case 'settle':
      while (pendingEvents.size > 0) await Promise.all(pendingEvents);
      await app.queue.idle();
      return measured(null);
    case 'head':
      return measured(await app.deps.snapshots.head(message.projectKey));
    case 'resolve': {
      const resolver = functions.get(message.key);
      if (resolver === undefined) throw new Error(`no resolver ${message.key}`);
      return measured(await resolver({ payload: message.payload, context: message.context }));
    }
    case 'exit':
      app.close();
      process.exit(0);
  }
}

process.on('message', (raw: unknown) => {
  const parsed = command.safeParse(raw);
  if (!parsed.success) {
    process.send?.({ error: `bad command: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
    return;
  }
  run(parsed.data).then(
    (answer) => process.send?.({ answer }),
    (error: unknown) => process.send?.({ error: error instanceof Error ? error.message : String(error) }),
  );
});
process.send?.({ ready: true });
