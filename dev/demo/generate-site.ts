/**
 * The demo site generator's entry point: options in, a `site-fixture/1` document and its expected
 * figures out. Same options, same bytes: all randomness comes from the seed.
 */
import { z } from 'zod';
import { expectedFigures } from './expected';
import type { SiteFixtureJson } from './fixture-types';
import type { ExpectedFigures } from './expected-types';
import { writeFixture } from './fixture-writer';
import { simulateSite } from './simulate';
import { isTimeZone, parseInstant } from './time';

export const DEFAULT_NOW = '2026-11-15T06:00:00.000+0000';
export const DEFAULT_TIME_ZONE = 'America/Toronto';

export const siteOptionsSchema = z.object({
  seed: z.number().int().min(0).max(4294967295),
  now: z.string().refine((s) => parseInstant(s) !== null, 'expected an ISO 8601 instant with an offset, e.g. 2026-11-15T06:00:00Z'),
  timeZone: z.string().refine(isTimeZone, 'expected an IANA time zone, e.g. America/Toronto'),
  projects: z.number().int().min(1).max(500).default(4),
  issuesPerProject: z.number().int().min(20).max(100_000).default(250),
  /** The first project's issues, to skew the site towards one large product (null: no skew). */
  largestProjectIssues: z.number().int().min(20).max(500_000).nullable().default(null),
  /** Share of the standard issues of sensitive products (identity, case files, data) under a security level. */
  securedShare: z.number().min(0).max(1).default(0.03),
  sprintWeeks: z.number().int().min(1).max(4).default(2),
  months: z.number().int().min(1).max(120).default(24),
});

export type SiteOptions = z.input<typeof siteOptionsSchema>;

export interface GeneratedSite {
  fixture: SiteFixtureJson;
  expected: ExpectedFigures;
}

/**
 * Generates a demo site. Throws an Error naming the option when one is invalid.
 * Example: `generateSite({ seed: 7, now: '2026-11-15T06:00:00Z', timeZone: 'America/Toronto' })`.
 */
export function generateSite(options: SiteOptions): GeneratedSite {
  const parsed = siteOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`generateSite: option "${issue?.path.join('.') ?? '?'}": ${issue?.message ?? 'invalid'}`);
  }
  const now = parseInstant(parsed.data.now);
  if (now === null) throw new Error(`generateSite: option "now": cannot parse ${parsed.data.now}`);
  const site = simulateSite({ ...parsed.data, now });
  return { fixture: writeFixture(site), expected: expectedFigures(site) };
}
