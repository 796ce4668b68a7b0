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
import type { IssueFacts } from '../domain/facts';
import { epicPoints, type EpicPoints } from '../domain/epics';
import { BASE_FIELDS, toIssueFacts } from './issueFacts';
import { requireProjectPermission, requireReadAccess } from './permissions';
import { storyPointFieldOf } from './storyPointField';

/** Tagging more epics at once than this is refused: each is its own Jira write. */
export const MAX_EPICS_PER_TAG = 50;

async function readEpic(jira: JiraClient, issueKey: string, projectKey: string, field = 'issueKeys'): Promise<IssueFacts> {
  const issue = await getIssue(jira, issueKey, BASE_FIELDS, [WORK_TYPE_PROPERTY_KEY]).catch((error: unknown) => {
    if (error instanceof JiraNotFoundError) throw new NotFoundError(`Issue '${issueKey}' was not found, or you do not have permission to see it`);
    throw error;
  });
  const record = toIssueFacts(issue, { storyPointsOf: () => null, estimation: [], sprint: null });
  if (record.projectKey !== projectKey) throw new ValidationError(field, `Issue '${issueKey}' is not in project '${projectKey}'`);
  if (record.issue.hierarchyLevel !== EPIC_LEVEL) throw new ValidationError(field, `Issue '${issueKey}' is not an epic; work categories are set on epics`);
  return record;
}

/** The epic's standard issues, as the viewer sees them, summed by `epicPoints` (the one home of the rule). */
async function childPoints(jira: JiraClient, epicKey: string, pointField: string | null): Promise<EpicPoints> {
  const fields = [...BASE_FIELDS, ...(pointField === null ? [] : [pointField])];
  const issues = await collectPages(searchIssuePages(jira, { jql: `parent = ${jqlString(epicKey)} AND issuetype in standardIssueTypes()`, fields }));
  const children = issues.map((issue) => toIssueFacts(issue, { storyPointsOf: () => pointField, estimation: [], sprint: null }).issue);
  return epicPoints(children);
}

/** The epic panel: the epic's work category, how it was decided, its points, and whether the viewer may retag it. */
export async function epicDetail(jira: JiraClient, projectKey: string, issueKey: string): Promise<EpicDetail> {
  const { canEdit } = await requireReadAccess(jira, projectKey, 'EDIT_ISSUES');
  // The issue comes from the panel's context, so that is the field at fault when it is not an epic.
  const [epic, pointField] = await Promise.all([readEpic(jira, issueKey, projectKey, 'context.extension.issue'), storyPointFieldOf(jira, projectKey)]);
  const points = await childPoints(jira, issueKey, pointField);
  const resolved = resolveWorkType(epic.issue, undefined);
  return {
    key: epic.issue.key,
    summary: epic.summary,
    statusCategory: epic.issue.statusCategory,
    workType: resolved.workType,
    source: resolved.source,
    ...points,
    canEdit,
  };
}

/**
 * Sets the work category of epics of a project, stored as the `product-work-type` entity property.
 * Every key is checked first (an epic, in this project), so a bad key writes nothing.
 */
export async function tagEpics(jira: JiraClient, projectKey: string, issueKeys: readonly string[], workType: WorkType): Promise<{ key: string; id: string }[]> {
  await requireProjectPermission(jira, projectKey, 'EDIT_ISSUES');
  const unique = [...new Set(issueKeys)];
  const epics = await Promise.all(unique.map((key) => readEpic(jira, key, projectKey)));
  for (const key of unique) await setIssueProperty(jira, key, WORK_TYPE_PROPERTY_KEY, { workType });
  return epics.map((epic) => ({ key: epic.issue.key, id: epic.issue.id }));
}
