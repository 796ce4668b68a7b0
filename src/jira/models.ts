import { z } from 'zod';

/**
 * Zod schemas of the Jira responses the app reads: only the keys it uses (unknown keys are dropped),
 * so every model is typed without casts and a changed shape fails loudly in one place.
 */
export const serverInfoSchema = z.object({
  baseUrl: z.string(),
  serverTime: z.string(),
  serverTimeZone: z.string().optional(),
});
export type ServerInfo = z.infer<typeof serverInfoSchema>;

export const fieldSchema = z.object({
  id: z.string(),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z.object({ type: z.string().optional(), custom: z.string().optional() }).optional(),
});
export type JiraField = z.infer<typeof fieldSchema>;

export const statusCategoryKeySchema = z.enum(['new', 'indeterminate', 'done', 'undefined']);

export const statusSchema = z.object({
  id: z.string(),
  name: z.string(),
  statusCategory: z.object({ key: statusCategoryKeySchema }),
});
export type JiraStatus = z.infer<typeof statusSchema>;

export const projectSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  projectTypeKey: z.string().optional(),
});
export type JiraProject = z.infer<typeof projectSchema>;

export const versionSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  released: z.boolean().optional(),
  archived: z.boolean().optional(),
  startDate: z.string().optional(),
  releaseDate: z.string().optional(),
  projectId: z.number().optional(),
});
export type JiraVersion = z.infer<typeof versionSchema>;

export function offsetPageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    values: z.array(item),
    startAt: z.number().optional(),
    maxResults: z.number().optional(),
    total: z.number().optional(),
    isLast: z.boolean().optional(),
  });
}

export const boardSchema = z.object({
  id: z.number(),
  name: z.string(),
  type: z.string(),
  location: z.object({ projectKey: z.string().optional(), projectId: z.number().optional() }).optional(),
});
export type JiraBoard = z.infer<typeof boardSchema>;

export const boardConfigurationSchema = z.object({
  id: z.number(),
  name: z.string(),
  estimation: z.object({ type: z.string(), field: z.object({ fieldId: z.string(), displayName: z.string().optional() }).optional() }).optional(),
  filter: z.object({ id: z.string() }).optional(),
  columnConfig: z.object({ columns: z.array(z.object({ name: z.string(), statuses: z.array(z.object({ id: z.string() })) })) }).optional(),
});
export type JiraBoardConfiguration = z.infer<typeof boardConfigurationSchema>;

export const filterSchema = z.object({ id: z.string(), name: z.string(), jql: z.string() });
export type JiraFilter = z.infer<typeof filterSchema>;

export const sprintSchema = z.object({
  id: z.number(),
  name: z.string(),
  state: z.enum(['closed', 'active', 'future']),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  completeDate: z.string().optional(),
  originBoardId: z.number().optional(),
  goal: z.string().optional(),
});
export type JiraSprint = z.infer<typeof sprintSchema>;

export const searchIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type SearchIssue = z.infer<typeof searchIssueSchema>;

export const searchPageSchema = z.object({
  issues: z.array(searchIssueSchema),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});

/**
 * Only the `from` side is replayed. `to`/`toString` are left out on purpose: Jira omits `toString` when
 * empty, and a schema reading it would see Object.prototype.toString instead of "absent".
 */
/** A search page asked for ids only: Jira then returns each issue as just `{ id }`. */
export const searchIdPageSchema = z.object({
  issues: z.array(z.object({ id: z.string() })),
  nextPageToken: z.string().nullable().optional(),
});

/**
 * A change item has a `toString` key, which every object also inherits: read from an object without
 * a prototype, an item lacking the key has none instead of Object.prototype.toString.
 */
const ownKeysOnly = (value: unknown): unknown => (typeof value === 'object' && value !== null ? Object.assign(Object.create(null), value) : value);

export const changeItemSchema = z.preprocess(
  ownKeysOnly,
  z.object({
    field: z.string(),
    fieldId: z.string().optional(),
    from: z.string().nullable().optional(),
    fromString: z.string().nullable().optional(),
    to: z.string().nullable().default(null),
    // Defaulted, so the parsed item has its own `toString` and never falls back on the inherited one.
    toString: z.string().nullable().default(null),
  }),
);

export const changeHistorySchema = z.object({
  id: z.string(),
  created: z.union([z.string(), z.number()]),
  items: z.array(changeItemSchema),
});
export type ChangeHistory = z.infer<typeof changeHistorySchema>;

export const bulkChangelogPageSchema = z.object({
  issueChangeLogs: z.array(z.object({ issueId: z.string(), changeHistories: z.array(changeHistorySchema) })),
  nextPageToken: z.string().nullable().optional(),
});

export const myPermissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

export const entityPropertySchema = z.object({ key: z.string(), value: z.unknown() });
