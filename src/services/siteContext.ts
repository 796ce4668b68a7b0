import type { SiteFacts } from '../domain/facts';
import type { StatusCategoryKey } from '../domain/issue';
import type { JiraClient } from '../jira/client';
import type { JiraField, JiraStatus, ServerInfo } from '../jira/models';
import { getFields, getServerInfo, getStatuses } from '../jira/platform';

export const SPRINT_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';
export const STORY_POINTS_FIELD_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';

/** What every report needs of the site (src/domain/facts.ts). */
export type SiteContext = SiteFacts;

/** The first field of a custom type: custom field ids differ per site, so they are never hard-coded. */
export function fieldIdOfType(fields: readonly JiraField[], customType: string): string | null {
  return fields.find((field) => field.schema?.custom === customType)?.id ?? null;
}

/** Three requests, in parallel: server info (now and zone), fields, statuses. */
export async function loadSiteContext(jira: JiraClient): Promise<SiteContext> {
  const [serverInfo, fields, statuses] = await Promise.all([getServerInfo(jira), getFields(jira), getStatuses(jira)]);
  return {
    ...siteClockOf(serverInfo),
    sprintFieldId: fieldIdOfType(fields, SPRINT_FIELD_TYPE),
    storyPointFieldId: fieldIdOfType(fields, STORY_POINTS_FIELD_TYPE),
    statusCategories: statusCategoriesOf(statuses),
    fieldNames: replayableFieldNames(fields),
  };
}

/** The names of the Sprint field and the number fields (any may be a board's estimation field), by id. */
export function replayableFieldNames(fields: readonly JiraField[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const field of fields) {
    if (field.schema?.type === 'number' || field.schema?.custom === SPRINT_FIELD_TYPE) names[field.id] = field.name;
  }
  return names;
}

/** The site's clock and zone from its server info. */
export function siteClockOf(serverInfo: ServerInfo): { now: string; timeZone: string } {
  return { now: serverInfo.serverTime, timeZone: serverInfo.serverTimeZone ?? 'UTC' };
}

/** Each status id's category; a status of the undocumented `undefined` category has none. */
export function statusCategoriesOf(statuses: readonly JiraStatus[]): Record<string, StatusCategoryKey> {
  const categories: Record<string, StatusCategoryKey> = {};
  for (const status of statuses) {
    const key = status.statusCategory.key;
    if (key !== 'undefined') categories[status.id] = key;
  }
  return categories;
}
