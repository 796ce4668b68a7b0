import { parseArgs } from 'node:util';

/** Where the figures are read from: a fixture served by the local Jira site, or a real site. */
export type RollupSource = { kind: 'fixture'; file: string; accountId: string | undefined } | { kind: 'site'; url: string; email: string; token: string };

export interface RollupArgs {
  source: RollupSource;
  scope: { kind: 'project'; key: string } | { kind: 'portfolio' };
  months: number;
  /** Also read Jira's own velocity chart per board and set our figures beside it. */
  verify: boolean;
  /** The longest one request waits, in all, for Jira's rate limit before the command gives up. */
  maxWaitSeconds: number;
  /** JSON (every figure), or the portfolio as a CSV or Markdown table for a pre-read. */
  format: OutputFormat;
}

export const OUTPUT_FORMATS = ['json', 'csv', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE =
  'usage: rollup (--fixture FILE [--as ACCOUNT_ID] | --site URL --email EMAIL --token TOKEN) (--project KEY | --portfolio) [--months N] [--format json|csv|markdown] [--max-wait SECONDS] [--verify]';

const OPTIONS = {
  fixture: { type: 'string' },
  as: { type: 'string' },
  site: { type: 'string' },
  email: { type: 'string' },
  token: { type: 'string' },
  project: { type: 'string' },
  portfolio: { type: 'boolean' },
  months: { type: 'string' },
  verify: { type: 'boolean' },
  'max-wait': { type: 'string' },
  format: { type: 'string' },
} as const;

/** Five minutes: long enough to ride out Jira Cloud's usual throttling, short enough for a person or a CI job waiting on it. */
export const DEFAULT_MAX_WAIT_SECONDS = 300;
const MAX_WAIT_CEILING_SECONDS = 3600;

/** node:util's errors may come from another realm (e.g. under jest), so no `instanceof Error`. */
function firstLine(error: unknown): string {
  const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return message.split('\n')[0] ?? message;
}

function parseMonths(value: string | undefined): number {
  if (value === undefined) return 12;
  const months = Number(value);
  if (!/^\d+$/.test(value) || months < 1 || months > 60) throw new UsageError(`--months must be a whole number from 1 to 60, got '${value}'`);
  return months;
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'json';
  const format = OUTPUT_FORMATS.find((known) => known === value);
  if (format === undefined) throw new UsageError(`--format must be json, csv or markdown, got '${value}'`);
  return format;
}

function parseMaxWait(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_WAIT_SECONDS;
  const seconds = Number(value);
  if (!/^\d+$/.test(value) || seconds > MAX_WAIT_CEILING_SECONDS) {
    throw new UsageError(`--max-wait must be a whole number of seconds from 0 to ${MAX_WAIT_CEILING_SECONDS}, got '${value}'`);
  }
  return seconds;
}

function parseSource(values: { fixture?: string; as?: string; site?: string; email?: string; token?: string }): RollupSource {
  if (values.fixture !== undefined && values.site !== undefined) throw new UsageError('give either --fixture or --site, not both');
  if (values.fixture !== undefined) {
    if (values.email !== undefined || values.token !== undefined) throw new UsageError('--email and --token go with --site, not --fixture');
    return { kind: 'fixture', file: values.fixture, accountId: values.as };
  }
  if (values.site === undefined) throw new UsageError('give --fixture FILE or --site URL');
  if (values.as !== undefined) throw new UsageError('--as goes with --fixture; on a real site the viewer is the owner of --email');
  if (values.email === undefined || values.token === undefined) throw new UsageError('--site needs --email and --token (an Atlassian API token)');
  if (!/^https?:\/\/[^\s/]+/.test(values.site)) throw new UsageError(`--site must be a URL like https://your-site.atlassian.net, got '${values.site}'`);
  return { kind: 'site', url: values.site, email: values.email, token: values.token };
}

/** parseArgs keeps the last of a repeated flag; which one a person meant is not ours to guess. */
function refuseRepeats(tokens: readonly { kind: string; name?: string; value?: string }[]): void {
  const seen = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const values = seen.get(token.name) ?? [];
    values.push(token.value ?? '');
    seen.set(token.name, values);
  }
  for (const [name, values] of seen) {
    if (values.length < 2) continue;
    const given = values.some((value) => value !== '') ? ` (${values.map((value) => `'${value}'`).join(', ')})` : '';
    throw new UsageError(`--${name} is given ${values.length} times${given}; give it once`);
  }
}

/** Reads the command line; every mistake is a `UsageError` naming the flag. */
export function parseRollupArgs(argv: readonly string[]): RollupArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new UsageError(firstLine(error));
  }
  refuseRepeats(parsed.tokens);
  const { values } = parsed;
  if (values.project !== undefined && values.portfolio === true) throw new UsageError('give either --project KEY or --portfolio, not both');
  if (values.project === undefined && values.portfolio !== true) throw new UsageError('give --project KEY or --portfolio');
  if (values.project !== undefined && !/^[A-Z][A-Z0-9_]+$/.test(values.project)) {
    throw new UsageError(`--project must be a Jira project key like PAY, got '${values.project}'`);
  }
  return {
    source: parseSource(values),
    scope: values.project !== undefined ? { kind: 'project', key: values.project } : { kind: 'portfolio' },
    months: parseMonths(values.months),
    verify: values.verify === true,
    maxWaitSeconds: parseMaxWait(values['max-wait']),
    format: parseFormat(values.format),
  };
}
