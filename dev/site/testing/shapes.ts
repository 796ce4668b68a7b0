import { z } from 'zod';

/** Zod shapes of the site's answers, so tests read bodies typed, without casts. */
export const errorShape = z.strictObject({ errorMessages: z.array(z.string()), errors: z.record(z.string(), z.string()) });

export const searchIssueShape = z.strictObject({
  id: z.string(),
  self: z.string().optional(),
  key: z.string().optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});

export const searchPageShape = z.strictObject({
  issues: z.array(searchIssueShape),
  nextPageToken: z.string().optional(),
  isLast: z.boolean(),
});

export const changeHistoryShape = z.looseObject({ id: z.string(), created: z.string(), items: z.array(z.looseObject({ fieldId: z.string().optional() })) });

export const bulkPageShape = z.strictObject({
  issueChangeLogs: z.array(z.strictObject({ issueId: z.string(), changeHistories: z.array(changeHistoryShape) })),
  nextPageToken: z.string().optional(),
});

export const offsetPageShape = z.looseObject({
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number().optional(),
  isLast: z.boolean(),
  values: z.array(z.looseObject({})),
});

/** The Jira error messages of a body, or a failure naming what came back instead. */
export function messagesOf(body: unknown): string[] {
  return errorShape.parse(body).errorMessages;
}

const statisticShape = z.strictObject({ value: z.number(), text: z.string() });
const issueValueShape = z.strictObject({ issueKey: z.string(), value: z.number() });

/** `GET /rest/greenhopper/1.0/rapid/charts/velocity`. */
export const velocityChartShape = z.strictObject({
  sprints: z.array(
    z.strictObject({ id: z.number(), sequence: z.number(), name: z.string(), state: z.string(), linkedPagesCount: z.number(), goal: z.string() }),
  ),
  velocityStatEntries: z.record(
    z.string(),
    z.strictObject({
      estimated: statisticShape,
      completed: statisticShape,
      allConsideredIssueKeys: z.array(z.string()),
      estimatedEntries: z.array(issueValueShape),
      completedEntries: z.array(issueValueShape),
    }),
  ),
});
