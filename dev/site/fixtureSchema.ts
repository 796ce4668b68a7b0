import { z } from 'zod';
import { isCalendarDate, isInstant, isTimeZone } from './time';

/**
 * The zod schema of the `site-fixture/1` format (../shared/fixtures/README.md). Objects Jira itself
 * returns (issue fields, statuses, change items) keep unknown keys; the site's own configuration (users,
 * boards, fields) is closed, so a typo is reported and nothing outside Jira's shapes is ever served.
 */
export const FIXTURE_FORMAT = 'site-fixture/1';

/** Project permissions Jira knows; a fixture may grant these only. */
export const PROJECT_PERMISSION_KEYS = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'ASSIGN_ISSUES',
  'RESOLVE_ISSUES',
  'ADD_COMMENTS',
  'DELETE_ISSUES',
  'ASSIGNABLE_USER',
  'CLOSE_ISSUES',
  'CREATE_ATTACHMENTS',
  'WORK_ON_ISSUES',
  'LINK_ISSUES',
  'ADMINISTER_PROJECTS',
  'MOVE_ISSUES',
  'SCHEDULE_ISSUES',
  'TRANSITION_ISSUES',
] as const;
export type ProjectPermissionKey = (typeof PROJECT_PERMISSION_KEYS)[number];

const text = z.string().min(1);
const instant = z.string().refine(isInstant, 'expected an instant like 2026-01-31T09:00:00.000+0000');
const calendarDate = z.string().refine(isCalendarDate, 'expected a date like 2026-01-31');
const timeZone = z.string().refine(isTimeZone, 'expected an IANA time zone like Europe/Paris');
const statusCategoryKey = z.enum(['new', 'indeterminate', 'done']);

const statusSchema = z.looseObject({
  id: text,
  name: text,
  statusCategory: z.looseObject({ key: statusCategoryKey, name: text }),
});

const issueTypeSchema = z.looseObject({ id: text, name: text, hierarchyLevel: z.number().int(), subtask: z.boolean() });

/** Closed, because `GET /rest/api/3/field` items allow no other keys. */
const fieldSchema = z.object({
  id: text,
  key: text,
  name: text,
  custom: z.boolean(),
  navigable: z.boolean().optional(),
  orderable: z.boolean().optional(),
  searchable: z.boolean().optional(),
  clauseNames: z.array(z.string()).optional(),
  schema: z
    .object({
      type: text,
      items: z.string().optional(),
      system: z.string().optional(),
      custom: z.string().optional(),
      customId: z.number().int().optional(),
    })
    .optional(),
});

const userSchema = z.object({
  accountId: text,
  displayName: text,
  timeZone,
  emailAddress: z.string().optional(),
  siteAdmin: z.boolean().optional(),
  permissions: z.record(z.string(), z.array(z.enum(PROJECT_PERMISSION_KEYS))),
  /** Ids of the issue security levels the user holds; an issue at another level does not exist for them. */
  issueSecurityLevels: z.array(text).default([]),
});

const securityLevelSchema = z.object({ id: z.string().regex(/^\d+$/, 'expected a numeric id'), name: text, description: z.string().default('') });

/** `GET /rest/agile/1.0/board/{id}/configuration` columns: which statuses each column holds. */
const columnConfigSchema = z.object({
  columns: z.array(z.object({ name: text, statuses: z.array(z.object({ id: text })) })),
});

/** The board's saved filter as `GET /rest/api/3/filter/{id}` returns it. */
const boardFilterSchema = z.object({ id: z.string().regex(/^\d+$/, 'expected a numeric id'), name: text, jql: text });

const projectSchema = z.object({
  id: z.string().regex(/^\d+$/, 'expected a numeric id'),
  key: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected a project key like PAY'),
  name: text,
  projectTypeKey: z.enum(['software', 'service_desk', 'business']),
  style: z.enum(['classic', 'next-gen']),
});

const versionSchema = z.object({
  id: text,
  projectId: text,
  name: text,
  description: z.string().optional(),
  released: z.boolean(),
  archived: z.boolean(),
  startDate: calendarDate.nullish(),
  releaseDate: calendarDate.nullish(),
});

const boardSchema = z.object({
  id: z.number().int().positive(),
  name: text,
  type: z.enum(['scrum', 'kanban', 'simple']),
  location: z.object({ projectKey: text, projectId: text }),
  estimation: z.object({
    type: text,
    field: z.object({ fieldId: text, displayName: text }).optional(),
  }),
  columnConfig: columnConfigSchema.optional(),
  filter: boardFilterSchema.optional(),
});

const sprintSchema = z.object({
  id: z.number().int().positive(),
  /** Ignored: the emulator writes `self` from its own address. */
  self: z.string().optional(),
  originBoardId: z.number().int().positive(),
  name: text,
  state: z.enum(['closed', 'active', 'future']),
  startDate: instant.nullish(),
  endDate: instant.nullish(),
  completeDate: instant.nullish(),
  goal: z.string().nullish(),
});

/** The value keys default to null so they are always own keys: a missing `toString` must not read `Object.prototype.toString`. */
const changeValue = z.string().nullable().default(null);
const changeItemSchema = z.looseObject({
  field: text,
  fieldtype: text,
  fieldId: z.string().optional(),
  from: changeValue,
  fromString: changeValue,
  to: changeValue,
  toString: changeValue,
});

const changeHistorySchema = z.looseObject({
  id: text,
  created: instant,
  author: z.looseObject({ accountId: text }).optional(),
  items: z.array(changeItemSchema),
});

/** Custom fields (`customfield_10016`, the Sprint field) are dynamic keys, hence the catch-all. */
const issueFieldsSchema = z
  .object({
    summary: z.string(),
    issuetype: issueTypeSchema,
    project: z.looseObject({ id: text, key: text, name: text }),
    status: statusSchema,
    labels: z.array(z.string()).default([]),
    created: instant,
    updated: instant,
    resolutiondate: instant.nullable().default(null),
    parent: z.looseObject({ id: text, key: text }).optional(),
    fixVersions: z.array(z.looseObject({ id: text, name: text })).default([]),
    /** The issue's security level; only holders of that level may see the issue. */
    security: z.looseObject({ id: text, name: text }).optional(),
  })
  .catchall(z.unknown());

const issueSchema = z.object({
  id: z.string().regex(/^\d+$/, 'expected a numeric id'),
  key: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'expected an issue key like PAY-12'),
  fields: issueFieldsSchema,
  properties: z.record(z.string(), z.unknown()).default({}),
  changelog: z.array(changeHistorySchema).default([]),
});

export const siteFixtureSchema = z.object({
  format: z.literal(FIXTURE_FORMAT),
  seed: z.number().optional(),
  now: instant,
  timeZone,
  statuses: z.array(statusSchema),
  issueTypes: z.array(issueTypeSchema),
  fields: z.array(fieldSchema),
  users: z.array(userSchema),
  issueSecurityLevels: z.array(securityLevelSchema).default([]),
  projects: z.array(projectSchema),
  versions: z.array(versionSchema),
  boards: z.array(boardSchema),
  sprints: z.array(sprintSchema),
  issues: z.array(issueSchema),
});

export type SiteFixture = z.infer<typeof siteFixtureSchema>;
export type FixtureStatus = z.infer<typeof statusSchema>;
export type FixtureIssueType = z.infer<typeof issueTypeSchema>;
export type FixtureField = z.infer<typeof fieldSchema>;
export type FixtureUser = z.infer<typeof userSchema>;
export type FixtureProject = z.infer<typeof projectSchema>;
export type FixtureSecurityLevel = z.infer<typeof securityLevelSchema>;
export type FixtureBoardFilter = z.infer<typeof boardFilterSchema>;
export type FixtureVersion = z.infer<typeof versionSchema>;
export type FixtureBoard = z.infer<typeof boardSchema>;
export type FixtureSprint = z.infer<typeof sprintSchema>;
export type FixtureIssue = z.infer<typeof issueSchema>;
export type FixtureIssueFields = z.infer<typeof issueFieldsSchema>;
export type FixtureChangeHistory = z.infer<typeof changeHistorySchema>;
export type FixtureChangeItem = z.infer<typeof changeItemSchema>;
