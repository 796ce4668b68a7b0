import { z } from 'zod';
import { EPIC_LEVEL } from '../../domain/issue';
import type { JiraClient } from '../../jira/client';
import { jqlString } from '../../jira/jql';
import { JiraNotFoundError } from '../../jira/errors';
import { collectPages } from '../../jira/pagination';
import { getIssue } from '../../jira/platform';
import { searchIssuePages } from '../../jira/search';
import type { WorkloadByBucket } from '../../shared/figures';
import { WORK_TYPE_PROPERTY_KEY } from '../../shared/workTypes';
import { emptyWorkload } from '../../domain/workload';
import type { IssueFacts } from '../../domain/facts';
import { classifyIssues } from '../../domain/productFigures';
import { BASE_FIELDS, toIssueFacts } from '../issueFacts';
import { storyPointFieldOf } from '../storyPointField';

const fixVersionsSchema = z
  .array(z.object({ id: z.string() }))
  .nullable()
  .optional();

/** The epics the issues belong to that the search did not return, one by one; an epic the viewer cannot see is skipped. */
async function parentEpics(jira: JiraClient, records: readonly IssueFacts[], fields: readonly string[]): Promise<IssueFacts[]> {
  const keys = new Set(records.flatMap(({ issue }) => (issue.parent?.hierarchyLevel === EPIC_LEVEL ? [issue.parent.key] : [])));
  const epics = await Promise.all(
    [...keys].map((key) =>
      getIssue(jira, key, fields, [WORK_TYPE_PROPERTY_KEY]).catch((error: unknown) => {
        if (error instanceof JiraNotFoundError) return null;
        throw error;
      }),
    ),
  );
  return epics.flatMap((epic) => (epic === null ? [] : [toIssueFacts(epic, { storyPointsOf: () => null, estimation: [], sprint: null })]));
}

/**
 * What shipped in each version: the project's standard issues whose fix versions include it, counted
 * and summed (story points) by work type as docs/METRICS.md decides it (the issue's own tag, else its
 * epic's). Only `versionId` when given, else every version with issues.
 */
export async function shippedByVersion(jira: JiraClient, projectKey: string, versionId?: string): Promise<Map<string, WorkloadByBucket>> {
  const pointField = await storyPointFieldOf(jira, projectKey);
  const fields = [...BASE_FIELDS, 'fixVersions', ...(pointField === null ? [] : [pointField])];
  const versionClause = versionId === undefined ? 'fixVersion is not EMPTY' : `fixVersion = ${jqlString(versionId)}`;
  const jql = `project = ${jqlString(projectKey)} AND ${versionClause} AND issuetype in standardIssueTypes()`;
  const issues = await collectPages(searchIssuePages(jira, { jql, fields, properties: [WORK_TYPE_PROPERTY_KEY] }));
  const records = issues.map((issue) => toIssueFacts(issue, { storyPointsOf: () => pointField, estimation: [], sprint: null }));
  const classified = classifyIssues([...records, ...(await parentEpics(jira, records, BASE_FIELDS))]);
  const byVersion = new Map<string, WorkloadByBucket>();
  records.forEach((record, index) => {
    const workType = classified[index]?.workType ?? 'untagged';
    const parsed = fixVersionsSchema.safeParse(issues[index]?.fields?.fixVersions);
    for (const { id } of parsed.success ? (parsed.data ?? []) : []) {
      const workload = byVersion.get(id) ?? emptyWorkload();
      workload[workType].count += 1;
      workload[workType].points += record.issue.storyPoints ?? 0;
      byVersion.set(id, workload);
    }
  });
  return byVersion;
}
