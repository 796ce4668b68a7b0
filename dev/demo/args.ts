/** Command-line flags of `generate.ts`, parsed into generator options; errors name the flag. */
import { DEFAULT_NOW, DEFAULT_TIME_ZONE, type SiteOptions } from './generate-site';
import { isTimeZone, parseInstant } from './time';

export class CliError extends Error {}

export interface CliArgs {
  out: string;
  expected: string | null;
  options: SiteOptions;
}

const FLAGS = ['--out', '--expected', '--seed', '--projects', '--issues', '--largest-share', '--secured-share', '--now', '--time-zone'] as const;
type Flag = (typeof FLAGS)[number];

function isFlag(name: string): name is Flag {
  return (FLAGS as readonly string[]).includes(name);
}

function readFlags(argv: readonly string[]): Map<Flag, string> {
  const values = new Map<Flag, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [name = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (!isFlag(name)) throw new CliError(`unknown argument ${name}: expected one of ${FLAGS.join(', ')}`);
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value === '') throw new CliError(`${name} needs a value`);
    if (values.has(name)) throw new CliError(`${name} is given twice`);
    values.set(name, value);
  }
  return values;
}

function integer(flag: Flag, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new CliError(`${flag}: expected a whole number of at least ${min}, got "${text}"`);
  }
  return Number(text);
}

/** A decimal share in [0, 1] (strictly inside when `open`), or null when the flag is absent. */
function share(flag: Flag, text: string | undefined, open: boolean): number | null {
  if (text === undefined) return null;
  const value = Number(text);
  if (!/^\d*\.?\d+$/.test(text) || value > 1 || (open && (value === 0 || value === 1))) {
    throw new CliError(`${flag}: expected a share ${open ? 'strictly ' : ''}between 0 and 1 such as 0.3, got "${text}"`);
  }
  return value;
}

/**
 * Issues per project: spread evenly, or with `--largest-share` of them in one project (the first
 * sensitive product, see simulate.ts) and the rest spread over the others, which must stay smaller.
 */
function projectSizes(flags: Map<Flag, string>, projects: number, issues: number): Partial<SiteOptions> {
  const largestShare = share('--largest-share', flags.get('--largest-share'), true);
  if (largestShare === null) return { issuesPerProject: Math.round(issues / projects) };
  if (projects < 2) throw new CliError('--largest-share: needs --projects of at least 2');
  const largest = Math.round(issues * largestShare);
  const rest = Math.round((issues - largest) / (projects - 1));
  if (rest < 20 || largest < rest) {
    throw new CliError(
      `--largest-share: ${largestShare} of ${issues} issues leaves ${rest} for each other project ` +
        `(expected at least 20 and at most the largest's ${largest})`,
    );
  }
  return { issuesPerProject: rest, largestProjectIssues: largest };
}

/** Parses `argv` (without node and script); throws CliError naming the offending flag. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const flags = readFlags(argv);
  const out = flags.get('--out');
  if (out === undefined) throw new CliError('--out is required: the file to write the fixture to');
  const now = flags.get('--now') ?? DEFAULT_NOW;
  if (parseInstant(now) === null) throw new CliError(`--now: expected an ISO 8601 instant with an offset, got "${now}"`);
  const timeZone = flags.get('--time-zone') ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) throw new CliError(`--time-zone: expected an IANA time zone, got "${timeZone}"`);
  const projects = integer('--projects', flags.get('--projects'), 4, 1);
  const issues = integer('--issues', flags.get('--issues'), projects * 250, projects * 20);
  const seed = integer('--seed', flags.get('--seed'), 1, 0);
  if (seed > 4294967295) throw new CliError(`--seed: expected at most 4294967295, got "${seed}"`);
  const securedShare = share('--secured-share', flags.get('--secured-share'), false);
  return {
    out,
    expected: flags.get('--expected') ?? null,
    options: { seed, now, timeZone, projects, ...projectSizes(flags, projects, issues), ...(securedShare === null ? {} : { securedShare }) },
  };
}
