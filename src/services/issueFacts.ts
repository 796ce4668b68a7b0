import { z } from 'zod';
import type { IssueFacts } from '../domain/facts';
import { parseEstimate } from '../domain/fieldHistory';
import type { IssueSnapshot, StatusCategoryKey } from '../domain/issue';
import type { SearchIssue } from '../jira/models';
import { WORK_TYPE_PROPERTY_KEY } from '../shared/workTypes';

const issueTypeSchema = z.object({ name: z.string(), hierarchyLevel: z.number().optional(), subtask: z.boolean().optional() });
const statusSchema = z.object({
  id: z.string(),
  name: z.string(),
  statusCategory: z.object({ key: z.enum(['new', 'indeterminate', 'done', 'undefined']) }),
});
const parentSchema = z
  .object({ key: z.string(), fields: z.object({ issuetype: issueTypeSchema.optional() }).optional() })
  .nullable()
  .optional();
const sprintListSchema = z
  .array(z.object({ id: z.number() }))
  .nullable()
  .optional();
/** Estimates are numbers; sites migrated from Jira Server may hold them as text ("3.0", "-1", ""). */
const estimateSchema = z.union([z.number(), z.string()]).nullable().optional();
const labelsSchema = z.array(z.string()).nullable().optional();
const dateOrEmpty = z.string().nullable().optional();
const projectRefSchema = z.object({ key: z.string() });
const textOrEmpty = z.string().optional();
const securitySchema = z.object({ id: z.string() }).nullable().optional();
const versionsSchema = z
  .array(z.object({ id: z.string() }))
  .nullable()
  .optional();

/** The fields every figure reads, beside the custom ones the site's configuration names. */
export const BASE_FIELDS = ['summary', 'project', 'issuetype', 'status', 'labels', 'created', 'resolutiondate', 'parent', 'security', 'fixVersions'] as const;

export class IssueShapeError extends Error {
  constructor(issueKey: string, field: string, detail: string) {
    super(`Jira issue ${issueKey} has an unexpected value in field '${field}': ${detail}`);
    this.name = 'IssueShapeError';
  }
}

function read<T>(issue: SearchIssue, field: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(issue.fields?.[field]);
  if (!parsed.success) throw new IssueShapeError(issue.key, field, parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
}

function levelOf(type: z.infer<typeof issueTypeSchema>): number {
  return type.hierarchyLevel ?? (type.subtask === true ? -1 : 0);
}

function estimateOf(value: z.infer<typeof estimateSchema>): number | null {
  if (typeof value === 'number') return value;
  return parseEstimate(value ?? null);
}

function categoryOf(key: z.infer<typeof statusSchema>['statusCategory']['key']): StatusCategoryKey {
  return key === 'undefined' ? 'new' : key;
}

/**
 * Builds an issue's facts (without its history, which the changelog adds) from a search result. `storyPointsOf` names each project's story point field (workload); `estimationFieldIds`
 * are the boards' estimation fields velocity replays; `sprintFieldId` is the site's Sprint field.
 */
export function toIssueFacts(
  issue: SearchIssue,
  fieldIds: { storyPointsOf: (projectKey: string) => string | null; estimation: readonly string[]; sprint: string | null },
): IssueFacts {
  const issueType = read(issue, 'issuetype', issueTypeSchema);
  const status = read(issue, 'status', statusSchema);
  const parent = read(issue, 'parent', parentSchema);
  const projectKey = read(issue, 'project', projectRefSchema).key;
  const storyPoints = fieldIds.storyPointsOf(projectKey);
  const estimates: Record<string, number | null> = {};
  for (const fieldId of new Set([...fieldIds.estimation, ...(storyPoints ? [storyPoints] : [])])) {
    estimates[fieldId] = estimateOf(read(issue, fieldId, estimateSchema));
  }
  const sprints = fieldIds.sprint === null ? null : read(issue, fieldIds.sprint, sprintListSchema);
  const snapshot: IssueSnapshot = {
    id: issue.id,
    key: issue.key,
    hierarchyLevel: levelOf(issueType),
    issueTypeName: issueType.name,
    statusCategory: categoryOf(status.statusCategory.key),
    labels: read(issue, 'labels', labelsSchema) ?? [],
    resolutionDate: read(issue, 'resolutiondate', dateOrEmpty) ?? null,
    parent: parent ? { key: parent.key, hierarchyLevel: parent.fields?.issuetype ? levelOf(parent.fields.issuetype) : 0 } : null,
    workTypeProperty: issue.properties?.[WORK_TYPE_PROPERTY_KEY],
    storyPoints: storyPoints === null ? null : (estimates[storyPoints] ?? null),
  };
  return {
    issue: snapshot,
    projectKey,
    summary: read(issue, 'summary', textOrEmpty) ?? '',
    created: read(issue, 'created', z.string()),
    statusId: status.id,
    sprintIds: (sprints ?? []).map((sprint) => sprint.id),
    estimates,
    fixVersionIds: (read(issue, 'fixVersions', versionsSchema) ?? []).map((version) => version.id),
    securityLevelId: read(issue, 'security', securitySchema)?.id ?? null,
    changes: {},
  };
}
