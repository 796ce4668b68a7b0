import { z } from 'zod';
import type { ReleaseVersion } from '../../domain/delivery';
import type { PortfolioProductRow } from '../../shared/api';
import { portfolioRowSchema } from './schemas';

/** Who a stored figure was computed for: everyone who may browse (`full`), or only unsecured issues (`public`). */
export type Audience = 'full' | 'public';

/** The pieces (by hash) of a snapshot's stored values. */
export interface SnapshotPieces {
  /** The facts' groups (src/storage/snapshots/factGroups.ts), each a list of pieces. */
  facts: string[][];
  /** Each audience's figures with the recent sprint reports only (what the Product tab sends). */
  full: string[];
  public: string[];
  /** Each audience's older sprint reports, read only when someone opens one (or every figure is wanted). */
  fullReports: string[];
  publicReports: string[];
  secured: string[];
}

/**
 * The shape of the stored facts and figures. A head holding another format (written by an older
 * version of the app) reads as no snapshot yet, so pages say the figures are being computed and a
 * full build replaces it, instead of failing on values they cannot parse.
 */
export const SNAPSHOT_FORMAT = 3;

export interface SnapshotContent {
  format: number;
  /** Months the stored figures span; pages show up to this many. */
  window: number;
  /** The site's time zone the month buckets were cut in. */
  timeZone: string;
  pieces: SnapshotPieces;
  /** Where the facts' issue groups start (src/storage/snapshots/factGroups.ts), kept between full builds. */
  factGroupStarts: number[];
  /** Issues under a security level; 0 means every viewer who may browse sees the same figures. */
  securedCount: number;
  /** Other projects whose epics lend a tag here (their browse permission then matters too). */
  foreignProjects: string[];
  /** The portfolio review's row for each audience. */
  rows: Record<Audience, PortfolioProductRow>;
  /** The project's versions, so the review can tell which releases await their impact analysis without asking Jira. */
  versions: ReleaseVersion[];
}

/** What a project's refreshes did: the bookkeeping the issue asks every project to keep. */
export interface RefreshRecord {
  /** When a refresh was last queued (ISO); a refresh is pending while this is after the last outcome. */
  requestedAt: string | null;
  /** Jira's clock when the last successful refresh began reading: the next incremental reads from here. */
  cursor: string | null;
  /** When the last successful refresh began (the app's clock): requests made before it are covered. */
  startedAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  durationMs: number | null;
  jiraRequests: number | null;
  kind: 'full' | 'incremental' | null;
  /** Failures since the last success, for backoff. */
  failures: number;
}

export interface SnapshotHead {
  projectKey: string;
  projectName: string;
  version: number;
  /** The site's clock when the snapshot's facts were read; null before the first snapshot. */
  asOf: string | null;
  content: SnapshotContent | null;
  refresh: RefreshRecord;
}

export const EMPTY_REFRESH: RefreshRecord = {
  requestedAt: null,
  cursor: null,
  startedAt: null,
  lastSuccessAt: null,
  lastErrorAt: null,
  lastError: null,
  durationMs: null,
  jiraRequests: null,
  kind: null,
  failures: 0,
};

const nullableText = z.string().nullable();

const refreshSchema: z.ZodType<RefreshRecord> = z.object({
  requestedAt: nullableText,
  cursor: nullableText,
  startedAt: nullableText,
  lastSuccessAt: nullableText,
  lastErrorAt: nullableText,
  lastError: nullableText,
  durationMs: z.number().nullable(),
  jiraRequests: z.number().nullable(),
  kind: z.enum(['full', 'incremental']).nullable(),
  failures: z.number().int().min(0),
});

const contentSchema: z.ZodType<SnapshotContent> = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  window: z.number().int().min(1),
  timeZone: z.string(),
  pieces: z.object({
    facts: z.array(z.array(z.string())),
    full: z.array(z.string()),
    public: z.array(z.string()),
    fullReports: z.array(z.string()),
    publicReports: z.array(z.string()),
    secured: z.array(z.string()),
  }),
  factGroupStarts: z.array(z.number()),
  securedCount: z.number().int().min(0),
  foreignProjects: z.array(z.string()),
  rows: z.object({ full: portfolioRowSchema, public: portfolioRowSchema }),
  versions: z.array(z.object({ id: z.string(), name: z.string(), released: z.boolean(), releaseDate: z.string().nullable() })),
});

/** The head as stored: the indexed attributes, and the rest under `state`. */
export const storedHeadSchema = z.object({
  projectKey: z.string(),
  version: z.number().int().min(1),
  asOf: z.string(),
  state: z.object({ projectName: z.string(), content: contentSchema.nullable(), refresh: refreshSchema }),
});

/** A stored content's `format`, when it has content at all; a content whose format is not this app's predates the current shape. */
const storedContent = z.object({ format: z.number().optional() }).loose();
const storedStateSchema = z.object({ state: z.object({ content: z.unknown() }).loose() }).loose();

/**
 * An outdated snapshot reads as none: no content, no clock, and no cursor, so the next refresh is a
 * full build. The format is compared after parsing rather than by a refinement, so a current head
 * (every head a page reads, 50 of them for the Portfolio review) does not build a parse failure.
 */
function withoutOutdatedContent(value: unknown): unknown {
  const stored = storedStateSchema.safeParse(value);
  const content = stored.success ? storedContent.safeParse(stored.data.state.content) : undefined;
  if (!stored.success || content?.success !== true || content.data.format === SNAPSHOT_FORMAT) return value;
  const refresh = z
    .object({ refresh: z.object({}).loose() })
    .loose()
    .safeParse(stored.data.state);
  const state = { ...stored.data.state, content: null, ...(refresh.success ? { refresh: { ...refresh.data.refresh, cursor: null } } : {}) };
  return { ...stored.data, asOf: '', state };
}

export function headFromStored(value: unknown, key: string): SnapshotHead {
  const parsed = storedHeadSchema.safeParse(withoutOutdatedContent(value));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The stored snapshot head '${key}' is not in the expected shape at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
  }
  const { projectKey, version, asOf, state } = parsed.data;
  return { projectKey, version, asOf: asOf === '' ? null : asOf, ...state };
}

export function headToStored(head: SnapshotHead): z.infer<typeof storedHeadSchema> {
  const { projectKey, version, asOf, projectName, content, refresh } = head;
  return { projectKey, version, asOf: asOf ?? '', state: { projectName, content, refresh } };
}
