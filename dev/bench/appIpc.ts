import type { ChildProcess } from 'node:child_process';
import { z } from 'zod';

/** One command's measurements, as dev/bench/appChild.ts answers them. */
export interface Measured {
  ms: number;
  peakRssMb: number;
  kvs: { reads: number; writes: number };
  result: unknown;
}

const answerSchema = z.union([
  z.object({ answer: z.object({ ms: z.number(), peakRssMb: z.number(), kvs: z.object({ reads: z.number(), writes: z.number() }), result: z.unknown() }) }),
  z.object({ error: z.string() }),
]);

export type AppCall = (command: Record<string, unknown> & { cmd: string }) => Promise<Measured>;

/** Sends one command to the app process and resolves with its answer; commands run one at a time. */
export function appCall(child: ChildProcess): AppCall {
  let queue: Promise<unknown> = Promise.resolve();
  return (command) => {
    const next = queue.then(
      () =>
        new Promise<Measured>((resolve, reject) => {
          child.once('message', (raw: unknown) => {
            const parsed = answerSchema.parse(raw);
            if ('error' in parsed) reject(new Error(`${command.cmd}: ${parsed.error}`));
            else resolve(parsed.answer);
          });
          child.send(command);
        }),
    );
    queue = next.catch(() => undefined);
    return next;
  };
}
