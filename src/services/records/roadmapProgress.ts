import { z } from 'zod';
import type { JiraClient } from '../../jira/client';
import { jqlString } from '../../jira/jql';
import { JiraBadRequestError } from '../../jira/errors';
import { collectPages } from '../../jira/pagination';
import { searchIssuePages } from '../../jira/search';
import type { RoadmapProgress } from '../../shared/records';
import { storyPointFieldOf } from '../storyPointField';

/** Story points of an epic's standard issues: resolved ones (delivered, as in docs/METRICS.md) and all. */
export interface EpicPoints {
  done: number;
  total: number;
}

/** Epics per search: keeps the JQL short; a page of issues is 100 either way. */
const EPICS_PER_SEARCH = 50;

const childFields = z.object({ parent: z.object({ key: z.string() }).nullable().optional(), resolutiondate: z.string().nullable().optional() });
const pointsValue = z.number().nullable().optional();

async function searchChildren(jira: JiraClient, epicKeys: readonly string[], pointField: string, into: Map<string, EpicPoints>): Promise<void> {
  const jql = `parent in (${epicKeys.map(jqlString).join(', ')}) AND issuetype in standardIssueTypes()`;
  const issues = await collectPages(searchIssuePages(jira, { jql, fields: ['parent', 'resolutiondate', pointField] }));
  for (const issue of issues) {
    const fields = childFields.safeParse(issue.fields ?? {});
    const parentKey = fields.success ? fields.data.parent?.key : undefined;
    const sums = parentKey === undefined ? undefined : into.get(parentKey);
    if (sums === undefined || !fields.success) continue;
    const parsed = pointsValue.safeParse(issue.fields?.[pointField]);
    const points = parsed.success ? (parsed.data ?? 0) : 0;
    sums.total += points;
    if (typeof fields.data.resolutiondate === 'string') sums.done += points;
  }
}

/**
 * Done and total story points of each epic's standard issues, read as the viewer with the project's
 * story point field. JQL refuses the whole search when one epic no longer exists, so such a batch is
 * searched again epic by epic, and a vanished epic simply counts nothing.
 */
export async function pointsByEpic(jira: JiraClient, projectKey: string, epicKeys: readonly string[]): Promise<Map<string, EpicPoints>> {
  const unique = [...new Set(epicKeys)];
  const result = new Map<string, EpicPoints>(unique.map((key) => [key, { done: 0, total: 0 }]));
  if (unique.length === 0) return result;
  const pointField = await storyPointFieldOf(jira, projectKey);
  if (pointField === null) return result;
  for (let start = 0; start < unique.length; start += EPICS_PER_SEARCH) {
    const batch = unique.slice(start, start + EPICS_PER_SEARCH);
    await searchChildren(jira, batch, pointField, result).catch(async (error: unknown) => {
      if (!(error instanceof JiraBadRequestError)) throw error;
      for (const key of batch) {
        await searchChildren(jira, [key], pointField, result).catch((single: unknown) => {
          if (!(single instanceof JiraBadRequestError)) throw single;
        });
      }
    });
  }
  return result;
}

/**
 * A roadmap item's progress: Σ done / Σ total points over its linked epics; no ratio when they carry
 * no points. @example progressOf(['PAY-1'], new Map([['PAY-1', { done: 5, total: 20 }]])) // { donePoints: 5, totalPoints: 20, ratio: 0.25 }
 */
export function progressOf(epicKeys: readonly string[], points: ReadonlyMap<string, EpicPoints>): RoadmapProgress {
  let donePoints = 0;
  let totalPoints = 0;
  for (const key of new Set(epicKeys)) {
    donePoints += points.get(key)?.done ?? 0;
    totalPoints += points.get(key)?.total ?? 0;
  }
  return { donePoints, totalPoints, ratio: totalPoints === 0 ? null : donePoints / totalPoints };
}
