import type { StatusCategoryKey } from '../domain/issue';
import type { JiraClient } from '../jira/client';
import type { JiraField } from '../jira/models';
import { getFields, getServerInfo, getStatuses } from '../jira/platform';

export const SPRINT_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';
export const STORY_POINTS_FIELD_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';

/** What every report needs of the site: its clock, its zone, and its discovered field ids. */
export interface SiteContext {
  now: string;
  timeZone: string;
  /** The Sprint custom field, found by its type; null on a site without Jira Software. */
  sprintFieldId: string | null;
  /** The site's story point field, found by its type: the fallback for projects with no board. */
  storyPointFieldId: string | null;
  categoryOfStatus: (statusId: string) => StatusCategoryKey | undefined;
}

/** The first field of a custom type: custom field ids differ per site, so they are never hard-coded. */
export function fieldIdOfType(fields: readonly JiraField[], customType: string): string | null {
  return fields.find((field) => field.schema?.custom === customType)?.id ?? null;
}

/** Three requests, in parallel: server info (now and zone), fields, statuses. */
export async function loadSiteContext(jira: JiraClient): Promise<SiteContext> {
  const [serverInfo, fields, statuses] = await Promise.all([getServerInfo(jira), getFields(jira), getStatuses(jira)]);
  const categories = new Map<string, StatusCategoryKey>();
  for (const status of statuses) {
    const key = status.statusCategory.key;
    if (key !== 'undefined') categories.set(status.id, key);
  }
  return {
    now: serverInfo.serverTime,
    timeZone: serverInfo.serverTimeZone ?? 'UTC',
    sprintFieldId: fieldIdOfType(fields, SPRINT_FIELD_TYPE),
    storyPointFieldId: fieldIdOfType(fields, STORY_POINTS_FIELD_TYPE),
    categoryOfStatus: (statusId) => categories.get(statusId),
  };
}
