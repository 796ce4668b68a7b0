import { z } from 'zod';
import type { ClosingFigures } from '../../domain/review';
import type { PortfolioProductRow } from '../../shared/api';
import { SIGNAL_CODES } from '../../shared/figures';
import type { Audience } from './head';
import { portfolioRowSchema } from './schemas';

/**
 * A product's closing figures of one month: the portfolio row of the last snapshot taken in that
 * month, per audience. Refreshes only ever write the month they are in, so once a month is over its
 * record no longer changes, whatever is later edited in Jira.
 */
export interface MonthEnd {
  projectKey: string;
  /** `YYYY-MM` in the site's time zone. */
  month: string;
  /** When the figures were taken (the snapshot's `asOf`). */
  takenAt: string;
  figures: Record<Audience, PortfolioProductRow>;
}

const monthEndSchema: z.ZodType<MonthEnd> = z.object({
  projectKey: z.string(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  takenAt: z.string(),
  figures: z.object({ full: portfolioRowSchema, public: portfolioRowSchema }),
});

export function monthEndFromStored(value: unknown): MonthEnd {
  const parsed = monthEndSchema.safeParse(value);
  if (!parsed.success) throw new Error(`A stored month-end record is not in the expected shape: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

const workloadBucket = z.object({ count: z.number(), points: z.number() });
/**
 * What a month's close is compared on. Read on its own, so a month closed by an older version of the
 * app (whose rows had no signals yet) still compares, as a close with no signal.
 */
const closingSchema = z.object({
  quarter: z.object({ feature: workloadBucket, defect: workloadBucket, risk: workloadBucket, debt: workloadBucket, untagged: workloadBucket }),
  velocity: z.number().nullable(),
  sayDo: z.number().nullable(),
  signals: z.array(z.object({ code: z.enum(SIGNAL_CODES) })).default([]),
});
const storedClosingSchema = z.object({ month: z.string(), figures: z.object({ full: closingSchema, public: closingSchema }) });

export interface MonthClose {
  month: string;
  figures: Record<Audience, ClosingFigures>;
}

/** A month-end record's closing figures per audience; undefined when the record is not in a shape it can compare. */
export function monthCloseFromStored(value: unknown): MonthClose | undefined {
  const parsed = storedClosingSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
