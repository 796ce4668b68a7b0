import type { JiraClient } from '../jira/client';
import { JiraNotFoundError } from '../jira/errors';
import { getMyProjectPermissions, type ProjectPermission } from '../jira/platform';
import { ForbiddenError, NotFoundError } from './errors';

const WHAT_IT_ALLOWS: Record<ProjectPermission, string> = {
  BROWSE_PROJECTS: 'browse',
  EDIT_ISSUES: 'edit issues in',
  ADMINISTER_PROJECTS: 'administer',
};

/** The permissions of `wanted` the viewer holds; none on a project Jira says it cannot find for them. */
async function heldPermissions(jira: JiraClient, projectKey: string, wanted: readonly ProjectPermission[]): Promise<Set<ProjectPermission>> {
  return getMyProjectPermissions(jira, projectKey, wanted).catch((error: unknown) => {
    if (error instanceof JiraNotFoundError) return new Set<ProjectPermission>();
    throw error;
  });
}

function notFound(projectKey: string): NotFoundError {
  return new NotFoundError(`Project '${projectKey}' was not found, or you do not have permission to browse it`);
}

/**
 * Checks the viewer's permission on a project against Jira, as the viewer. App storage is shared by
 * every user of the site, so each read or write of it is gated on the Jira permission first.
 * A project the viewer may not browse is `NotFoundError`, never a hint that it exists.
 */
export async function requireProjectPermission(jira: JiraClient, projectKey: string, permission: ProjectPermission): Promise<void> {
  const wanted: ProjectPermission[] = permission === 'BROWSE_PROJECTS' ? ['BROWSE_PROJECTS'] : ['BROWSE_PROJECTS', permission];
  const held = await heldPermissions(jira, projectKey, wanted);
  if (!held.has('BROWSE_PROJECTS')) throw notFound(projectKey);
  if (!held.has(permission)) throw new ForbiddenError(`You need permission to ${WHAT_IT_ALLOWS[permission]} project '${projectKey}' to do this`);
}

/**
 * Reading needs Browse Projects; one permission call also says whether the viewer may edit, so the UI
 * can offer or hide its forms. The write itself is checked again when it is made.
 */
export async function requireReadAccess(jira: JiraClient, projectKey: string, editPermission: ProjectPermission): Promise<{ canEdit: boolean }> {
  const held = await heldPermissions(jira, projectKey, ['BROWSE_PROJECTS', editPermission]);
  if (!held.has('BROWSE_PROJECTS')) throw notFound(projectKey);
  return { canEdit: held.has(editPermission) };
}
