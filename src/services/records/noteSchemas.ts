import { z } from 'zod';
import { ACTION_STATES, REVIEW_MONTHS } from '../../shared/reviewNotes';
import { accountId, calendarDate, LIMITS, listOf, month, optional, recordId, text, version } from './schemas';

/**
 * The payload schemas of the review note resolvers (`notes/*`). These payloads name the project, so
 * every object is closed: a field the app does not know is refused by its own name (`note.color: is
 * not a field of a review note`) rather than dropped, so a typo never saves a note without it.
 */
export const MAX_LISTED_MONTHS = 24;
export const MAX_LISTED_PROJECTS = 200;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function closedObject<S extends z.ZodRawShape>(shape: S, what: string) {
  return z.preprocess(
    (value, context) => {
      if (!isObject(value)) return value;
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(shape, key)) context.addIssue({ code: 'custom', path: [key], message: `is not a field of ${what}`, input: value });
      }
      return value;
    },
    z.strictObject(shape, { error: 'must be an object' }),
  );
}

/** As `recordKey` accepts them (src/storage/entities.ts), so a valid payload never fails in storage. */
const projectKey = z.string({ error: 'must be a Jira project key like PAY' }).regex(/^[A-Z][A-Z0-9_]{0,254}$/, 'must be a Jira project key like PAY');
const reviewMonth = month.refine(
  (value) => value >= REVIEW_MONTHS.from && value <= REVIEW_MONTHS.to,
  `must be a month from ${REVIEW_MONTHS.from} to ${REVIEW_MONTHS.to}`,
);

/** Optional text where blank means none, so an emptied field is removed rather than stored as ''. */
function optionalText(max: number) {
  return z.preprocess((value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value), text(max, false).optional());
}

const noteFields = {
  id: optional(recordId),
  version: optional(version),
  month: reviewMonth,
  decision: text(LIMITS.decision, true),
  action: optionalText(LIMITS.action),
  ownerAccountId: optional(accountId),
  dueDate: optional(calendarDate),
  actionState: z.enum(ACTION_STATES, { error: `must be one of ${listOf(ACTION_STATES)}` }).default('open'),
};

export const noteSaveSchema = closedObject({ projectKey, note: closedObject(noteFields, 'a review note') }, 'this payload');
export const noteDeleteSchema = closedObject({ projectKey, id: recordId, version }, 'this payload');
export const noteHistorySchema = closedObject(
  {
    projectKey,
    id: recordId,
    cursor: optional(z.string({ error: 'must be a cursor from a previous page' }).max(100, 'must be a cursor from a previous page')),
  },
  'this payload',
);
export const noteListSchema = closedObject(
  {
    projectKeys: optional(
      z
        .array(projectKey, { error: 'must be a list of Jira project keys' })
        .min(1, 'must name at least one project; leave it out for every project you may browse')
        .max(MAX_LISTED_PROJECTS, `must name at most ${MAX_LISTED_PROJECTS} projects`)
        .transform((keys) => [...new Set(keys)]),
    ),
    months: z
      .array(reviewMonth, { error: 'must be a list of months as YYYY-MM' })
      .min(1, 'must name at least one month')
      .max(MAX_LISTED_MONTHS, `must name at most ${MAX_LISTED_MONTHS} months`)
      .transform((months) => [...new Set(months)].sort()),
  },
  'this payload',
);

export type NoteSave = z.output<typeof noteSaveSchema>['note'];
