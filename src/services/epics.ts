import { z } from 'zod';
import { EPIC_LEVEL } from '../domain/issue';
import { resolveWorkType } from '../domain/workType';
import type { JiraClient } from '../jira/client';
import { jqlString } from '../jira/jql';
import { JiraNotFoundError } from '../jira/errors';
import { getIssue, setIssueProperty } from '../jira/platform';
import { collectPages } from '../jira/pagination';
import { searchIssuePages } from '../jira/search';
import type { EpicDetail } from '../shared/api';
import { WORK_TYPE_PROPERTY_KEY, type WorkType } from '../shared/workTypes';
import { NotFoundError, ValidationError } from './errors';
import { BASE_FIELDS, toIssueRecord, type IssueRecord } from './issueRecords';
import { requireProjectPermission, requireReadAccess } from './permissions';
import { storyPointFieldOf } from './storyPointField';

/** Tagging more epics at once than this is refused: each is its own Jira write. */
export const MAX_EPICS_PER_TAG = 50;

async function readEpic(jira: JiraClient, issueKey: string, projectKey: string, field = 'issueKeys'): Promise<IssueRecord> {
  const issue = await getIssue(jira, issueKey, BASE_FIELDS, [WORK_TYPE_PROPERTY_KEY]).catch((error: unknown) => {
    if (error instanceof JiraNotFoundError) throw new NotFoundError(`Issue '${issueKey}' was not found, or you do not have permission to see it`);
    throw error;
  });
  const record = toIssueRecord(issue, { storyPointsOf: () => null, estimation: [], sprint: null });
  if (record.projectKey !== projectKey) throw new ValidationError(field, `Issue '${issueKey}' is not in project '${projectKey}'`);
  if (record.snapshot.hierarchyLevel !== EPIC_LEVEL) throw new ValidationError(field, `Issue '${issueKey}' is not an epic; work types are set on epics`);
  return record;
}

async function childPoints(jira: JiraClient, epicKey: string, pointField: string | null): Promise<{ delivered: number; remaining: number }> {
  const fields = ['resolutiondate', ...(pointField === null ? [] : [pointField])];
  const issues = await collectPages(searchIssuePages(jira, { jql: `parent = ${jqlString(epicKey)} AND issuetype in standardIssueTypes()`, fields }));
  const points = z.number().nullable().optional();
  let delivered = 0;
  let remaining = 0;
  for (const issue of issues) {
    const parsed = pointField === null ? undefined : points.safeParse(issue.fields?.[pointField]);
    const value = parsed?.success === true ? (parsed.data ?? 0) : 0;
    if (typeof issue.fields?.resolutiondate === 'string') delivered += value;
    else remaining += value;
  }
  return { delivered, remaining };
}

/** The epic panel: the epic's work type, how it was decided, its points, and whether the viewer may retag it. */
export async function epicDetail(jira: JiraClient, projectKey: string, issueKey: string): Promise<EpicDetail> {
  const { canEdit } = await requireReadAccess(jira, projectKey, 'EDIT_ISSUES');
  // The issue comes from the panel's context, so that is the field at fault when it is not an epic.
  const [epic, pointField] = await Promise.all([readEpic(jira, issueKey, projectKey, 'context.extension.issue'), storyPointFieldOf(jira, projectKey)]);
  const points = await childPoints(jira, issueKey, pointField);
  const resolved = resolveWorkType(epic.snapshot, undefined);
  return {
    key: epic.snapshot.key,
    summary: epic.summary,
    statusCategory: epic.snapshot.statusCategory,
    workType: resolved.workType,
    source: resolved.source,
    deliveredPoints: points.delivered,
    remainingPoints: points.remaining,
    canEdit,
  };
}

/**
 * Sets the work type of epics of a project, stored as the `product-work-type` entity property.
 * Every key is checked first (an epic, in this project), so a bad key writes nothing.
 */
export async function tagEpics(jira: JiraClient, projectKey: string, issueKeys: readonly string[], workType: WorkType): Promise<string[]> {
  await requireProjectPermission(jira, projectKey, 'EDIT_ISSUES');
  const unique = [...new Set(issueKeys)];
  await Promise.all(unique.map((key) => readEpic(jira, key, projectKey)));
  for (const key of unique) await setIssueProperty(jira, key, WORK_TYPE_PROPERTY_KEY, { workType });
  return unique;
}
