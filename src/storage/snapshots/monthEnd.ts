import { z } from 'zod';
import type { PortfolioProductRow } from '../../shared/api';
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
