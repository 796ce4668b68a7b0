import type { JiraClient } from '../jira/client';
import { JiraNotFoundError } from '../jira/errors';
import { getMyProjectPermissions, type ProjectPermission } from '../jira/platform';
import { ForbiddenError, NotFoundError } from './errors';

const WHAT_IT_ALLOWS: Record<ProjectPermission, string> = {
  BROWSE_PROJECTS: 'browse',
  EDIT_ISSUES: 'edit issues in',
  ADMINISTER_PROJECTS: 'administer',
};

/**
 * Checks the viewer's permission on a project against Jira, as the viewer. App storage is shared by
 * every user of the site, so each read or write of it is gated on the Jira permission first.
 * A project the viewer may not browse is `NotFoundError`, never a hint that it exists.
 */
export async function requireProjectPermission(jira: JiraClient, projectKey: string, permission: ProjectPermission): Promise<void> {
  const wanted: ProjectPermission[] = permission === 'BROWSE_PROJECTS' ? ['BROWSE_PROJECTS'] : ['BROWSE_PROJECTS', permission];
  const held = await getMyProjectPermissions(jira, projectKey, wanted).catch((error: unknown) => {
    if (error instanceof JiraNotFoundError) return new Set<ProjectPermission>();
    throw error;
  });
  if (!held.has('BROWSE_PROJECTS')) throw new NotFoundError(`Project '${projectKey}' was not found, or you do not have permission to browse it`);
  if (!held.has(permission)) throw new ForbiddenError(`You need permission to ${WHAT_IT_ALLOWS[permission]} project '${projectKey}' to do this`);
}

/** Whether the viewer holds a permission, for showing or hiding actions. */
export async function hasProjectPermission(jira: JiraClient, projectKey: string, permission: ProjectPermission): Promise<boolean> {
  const held = await getMyProjectPermissions(jira, projectKey, [permission]).catch((error: unknown) => {
    if (error instanceof JiraNotFoundError) return new Set<ProjectPermission>();
    throw error;
  });
  return held.has(permission);
}
