import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { checkReferences } from './fixtureRefs';
import { FIXTURE_FORMAT, siteFixtureSchema, type SiteFixture } from './fixtureSchema';

export * from './fixtureSchema';

/** A fixture that cannot be used; the message is one line naming the file and the problem. */
export class FixtureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FixtureError';
  }
}

/** `issues[3].fields.status` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const input: unknown = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_value') {
    const expected = issue.values.map((value) => String(value)).join(', ');
    return issue.values.length === 1 ? `expected ${expected}, got ${JSON.stringify(input)}` : `expected one of ${expected}`;
  }
  if (issue.code === 'invalid_type') {
    return input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${typeName(input)}`;
  }
  return issue.message;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Validates parsed JSON as a site fixture; `source` names the file in errors. */
export function parseFixture(json: unknown, source: string): SiteFixture {
  const format = typeof json === 'object' && json !== null && 'format' in json ? json.format : undefined;
  if (format !== FIXTURE_FORMAT) {
    throw new FixtureError(`${source}: format: expected "${FIXTURE_FORMAT}", got ${format === undefined ? 'nothing' : JSON.stringify(format)}`);
  }
  const parsed = siteFixtureSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const where = first && first.path.length > 0 ? `${formatPath(first.path)}: ` : '';
    throw new FixtureError(`${source}: ${where}${first ? describeIssue(first) : 'invalid'}`);
  }
  const problem = checkReferences(parsed.data);
  if (problem !== null) throw new FixtureError(`${source}: ${problem}`);
  return parsed.data;
}

/** Reads and validates a fixture file. */
export function loadFixture(path: string): SiteFixture {
  if (!existsSync(path)) throw new FixtureError(`${path}: file not found`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new FixtureError(`${path}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseFixture(json, path);
}
