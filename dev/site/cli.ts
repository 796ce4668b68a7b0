/** Flags of `tsx dev/site/main.ts`. */
export interface SiteArgs {
  fixture: string;
  port: number;
  latencyMs: number;
}

export const USAGE = 'usage: tsx dev/site/main.ts --fixture FILE [--port N] [--latency MS]';

/** A command line that cannot be run; main prints the message on one line and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

function wholeNumber(flag: string, raw: string, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > max) throw new UsageError(`${flag}: expected a whole number from 0 to ${max}, got '${raw}'`);
  return value;
}

/** Parses `--flag value` and `--flag=value` pairs; every flag but --fixture is optional. */
export function parseSiteArgs(argv: readonly string[]): SiteArgs {
  const values = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [flag = '', inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
    if (!['--fixture', '--port', '--latency'].includes(flag)) throw new UsageError(`unknown argument '${arg}'; ${USAGE}`);
    if (values.has(flag)) throw new UsageError(`${flag} given twice`);
    const value = inline ?? argv[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${flag}: missing value; ${USAGE}`);
    if (inline === undefined) index += 1;
    values.set(flag, value);
  }
  const fixture = values.get('--fixture');
  if (fixture === undefined || fixture === '') throw new UsageError(`--fixture is required; ${USAGE}`);
  const port = values.get('--port');
  const latency = values.get('--latency');
  return {
    fixture,
    port: port === undefined ? 0 : wholeNumber('--port', port, 65535),
    latencyMs: latency === undefined ? 0 : wholeNumber('--latency', latency, 600000),
  };
}
