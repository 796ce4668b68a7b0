import type { JiraClient } from '../../jira/client';
import { fiscalYearMonths, fiscalYearOf, type RoadmapFields, type RoadmapItem, type RoadmapItemView } from '../../shared/records';
import type { Audit, RecordStores } from '../../storage/stores';
import { addedKeys, editOf } from './edits';
import { requireLinkedEpics, requireProjectVersion } from './jiraChecks';
import { settingsOf } from './profile';
import { pointsByEpic, progressOf } from './roadmapProgress';
import type { RoadmapSave } from './schemas';

export interface RoadmapList {
  /** The fiscal year shown; null when every year's items linked to an issue are listed. */
  fiscalYear: number | null;
  fiscalYearStartMonth: number;
  /** The fiscal year's 12 months, `YYYY-MM`, so the view shows empty months too. */
  months: string[];
  items: RoadmapItemView[];
}

async function withProgress(jira: JiraClient, projectKey: string, items: readonly RoadmapItem[], startMonth: number): Promise<RoadmapItemView[]> {
  const points = await pointsByEpic(
    jira,
    projectKey,
    items.flatMap((item) => item.linkedIssueKeys),
  );
  return items.map((item) => ({ ...item, fiscalYear: fiscalYearOf(item.targetMonth, startMonth), progress: progressOf(item.linkedIssueKeys, points) }));
}

/** The UTC month of an instant, `YYYY-MM`. */
function monthOf(now: Date): string {
  return now.toISOString().slice(0, 7);
}

/**
 * The roadmap of one fiscal year (by default the current one, by the profile's start month), items by
 * target month; with `linkedIssueKey` and no year, every item linked to that issue (the epic panel).
 */
export async function listRoadmap(
  jira: JiraClient,
  stores: RecordStores,
  projectKey: string,
  query: { fiscalYear?: number; linkedIssueKey?: string },
  now: Date,
): Promise<RoadmapList> {
  const { fiscalYearStartMonth } = settingsOf(await stores.profiles.get(projectKey));
  const fiscalYear = query.fiscalYear ?? (query.linkedIssueKey === undefined ? fiscalYearOf(monthOf(now), fiscalYearStartMonth) : null);
  const months = fiscalYear === null ? [] : fiscalYearMonths(fiscalYear, fiscalYearStartMonth);
  const range = fiscalYear === null ? undefined : { from: months[0] ?? '', to: months[months.length - 1] ?? '' };
  const stored = await stores.roadmap.list(projectKey, range);
  const { linkedIssueKey } = query;
  const items = linkedIssueKey === undefined ? stored : stored.filter((item) => item.linkedIssueKeys.includes(linkedIssueKey));
  items.sort((a, b) => a.targetMonth.localeCompare(b.targetMonth) || a.title.localeCompare(b.title));
  return { fiscalYear, fiscalYearStartMonth, months, items: await withProgress(jira, projectKey, items, fiscalYearStartMonth) };
}

function fieldsOf(input: RoadmapSave): RoadmapFields {
  const { title, outcome, targetMonth, status, linkedIssueKeys, versionId } = input;
  return { title, outcome, targetMonth, status, linkedIssueKeys, versionId };
}

/** Creates or updates a roadmap item after checking newly linked epics and a changed version against Jira. */
export async function saveRoadmapItem(jira: JiraClient, stores: RecordStores, projectKey: string, input: RoadmapSave, audit: Audit): Promise<RoadmapItemView> {
  const edit = editOf(input, 'item');
  const [current, profile] = await Promise.all([edit === undefined ? undefined : stores.roadmap.get(projectKey, edit.id), stores.profiles.get(projectKey)]);
  await requireLinkedEpics(jira, projectKey, input.linkedIssueKeys, addedKeys(input.linkedIssueKeys, current?.linkedIssueKeys), 'item.linkedIssueKeys');
  if (input.versionId !== undefined && input.versionId !== current?.versionId) {
    await requireProjectVersion(jira, projectKey, input.versionId, 'item.versionId', false);
  }
  const saved = await stores.roadmap.save(projectKey, edit, fieldsOf(input), audit);
  const [view] = await withProgress(jira, projectKey, [saved], settingsOf(profile).fiscalYearStartMonth);
  if (view === undefined) throw new Error('A saved roadmap item has no view');
  return view;
}

export async function deleteRoadmapItem(stores: RecordStores, projectKey: string, id: string, version: number): Promise<{ id: string; deleted: true }> {
  await stores.roadmap.delete(projectKey, id, version);
  return { id, deleted: true };
}
