import { z } from 'zod';
import type { JiraClient } from './client';
import { JiraNotFoundError } from './errors';
import {
  entityPropertySchema,
  fieldSchema,
  filterSchema,
  myPermissionsSchema,
  offsetPageSchema,
  projectSchema,
  searchIssueSchema,
  serverInfoSchema,
  statusSchema,
  versionSchema,
  type JiraField,
  type JiraFilter,
  type JiraProject,
  type JiraStatus,
  type JiraVersion,
  type SearchIssue,
  type ServerInfo,
} from './models';
import { collectPages, pagesByOffset } from './pagination';
import { segment } from './request';

/** GET /rest/api/3/serverInfo: the site's current time and default time zone. */
export function getServerInfo(jira: JiraClient): Promise<ServerInfo> {
  return jira.request({ method: 'GET', path: '/rest/api/3/serverInfo' }, serverInfoSchema);
}

/** GET /rest/api/3/field: every field, to discover custom field ids by their type. */
export function getFields(jira: JiraClient): Promise<JiraField[]> {
  return jira.request({ method: 'GET', path: '/rest/api/3/field' }, z.array(fieldSchema));
}

/** GET /rest/api/3/filter/{id}: a saved filter and its JQL (a board's filter says which issues it holds). */
export function getFilter(jira: JiraClient, filterId: string): Promise<JiraFilter> {
  return jira.request({ method: 'GET', path: `/rest/api/3/filter/${segment(filterId)}` }, filterSchema);
}

/** GET /rest/api/3/status: every status with its category, to replay status changes. */
export function getStatuses(jira: JiraClient): Promise<JiraStatus[]> {
  return jira.request({ method: 'GET', path: '/rest/api/3/status' }, z.array(statusSchema));
}

/** GET /rest/api/3/project/search, every page: the projects the caller may browse. */
const projectPage = offsetPageSchema(projectSchema);

export function searchProjects(jira: JiraClient, keys?: readonly string[]): Promise<JiraProject[]> {
  return collectPages(
    pagesByOffset((startAt) =>
      jira.request({ method: 'GET', path: '/rest/api/3/project/search', query: { startAt, maxResults: 50, keys, orderBy: 'key' } }, projectPage),
    ),
  );
}

/** GET /rest/api/3/project/{projectIdOrKey}: 404 (JiraNotFoundError) when missing or not browsable. */
export function getProject(jira: JiraClient, projectIdOrKey: string): Promise<JiraProject> {
  return jira.request({ method: 'GET', path: `/rest/api/3/project/${segment(projectIdOrKey)}` }, projectSchema);
}

/** GET /rest/api/3/project/{projectIdOrKey}/versions */
export function getProjectVersions(jira: JiraClient, projectIdOrKey: string): Promise<JiraVersion[]> {
  return jira.request({ method: 'GET', path: `/rest/api/3/project/${segment(projectIdOrKey)}/versions` }, z.array(versionSchema));
}

export type ProjectPermission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADMINISTER_PROJECTS';

const permittedProjectsSchema = z.object({ projects: z.array(z.object({ id: z.union([z.string(), z.number()]).transform(String), key: z.string() })) });

/**
 * POST /rest/api/3/permissions/project: the projects where the caller holds every one of
 * `permissions`, in one answer (so a portfolio asks once, whatever the number of projects).
 */
export async function getPermittedProjects(jira: JiraClient, permissions: readonly ProjectPermission[]): Promise<{ id: string; key: string }[]> {
  const answer = await jira.request({ method: 'POST', path: '/rest/api/3/permissions/project', body: { permissions } }, permittedProjectsSchema);
  return answer.projects;
}

/** GET /rest/api/3/mypermissions for one project: which of `permissions` the caller holds. */
export async function getMyProjectPermissions(
  jira: JiraClient,
  projectKey: string,
  permissions: readonly ProjectPermission[],
): Promise<Set<ProjectPermission>> {
  const answer = await jira.request(
    { method: 'GET', path: '/rest/api/3/mypermissions', query: { projectKey, permissions: permissions.join(',') } },
    myPermissionsSchema,
  );
  return new Set(permissions.filter((permission) => answer.permissions[permission]?.havePermission === true));
}

/** GET /rest/api/3/issue/{issueIdOrKey} with the given fields and entity properties. */
export function getIssue(jira: JiraClient, issueIdOrKey: string, fields: readonly string[], properties: readonly string[] = []): Promise<SearchIssue> {
  return jira.request(
    {
      method: 'GET',
      path: `/rest/api/3/issue/${segment(issueIdOrKey)}`,
      query: { fields: fields.join(','), properties: properties.length > 0 ? properties.join(',') : undefined },
    },
    searchIssueSchema,
  );
}

/** GET /rest/api/3/issue/{key}/properties/{propertyKey}; null when the issue has no such property. */
export async function getIssueProperty(jira: JiraClient, issueKey: string, propertyKey: string): Promise<unknown> {
  const path = `/rest/api/3/issue/${segment(issueKey)}/properties/${segment(propertyKey)}`;
  try {
    return (await jira.request({ method: 'GET', path }, entityPropertySchema)).value;
  } catch (error) {
    if (error instanceof JiraNotFoundError) return null;
    throw error;
  }
}

/** PUT /rest/api/3/issue/{key}/properties/{propertyKey}: sets the property's JSON value. */
export async function setIssueProperty(jira: JiraClient, issueKey: string, propertyKey: string, value: unknown): Promise<void> {
  const path = `/rest/api/3/issue/${segment(issueKey)}/properties/${segment(propertyKey)}`;
  await jira.requestNoContent({ method: 'PUT', path, body: value });
}
