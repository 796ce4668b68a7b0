import type { JiraClient } from '../../jira/client';
import { JiraNotFoundError } from '../../jira/errors';
import { getMyProjectPermissions, type ProjectPermission } from '../../jira/platform';
import type { Caller } from '../../resolvers/context';
import type { Audit } from '../../storage/stores';
import { NotFoundError } from '../errors';

/**
 * Reading a project's records needs Browse Projects, checked against Jira as the viewer (app storage is
 * shared by every user of the site). One permission call also says whether the viewer may edit, so the
 * UI can offer or hide its forms; the write itself is checked again when it is made.
 */
export async function requireReadAccess(jira: JiraClient, projectKey: string, editPermission: ProjectPermission): Promise<{ canEdit: boolean }> {
  const held = await getMyProjectPermissions(jira, projectKey, ['BROWSE_PROJECTS', editPermission]).catch((error: unknown) => {
    if (error instanceof JiraNotFoundError) return new Set<ProjectPermission>();
    throw error;
  });
  if (!held.has('BROWSE_PROJECTS')) throw new NotFoundError(`Project '${projectKey}' was not found, or you do not have permission to browse it`);
  return { canEdit: held.has(editPermission) };
}

/** Who saves and when, as stored on the record and in a risk's history. */
export function auditOf(caller: Caller, now: Date): Audit {
  return { accountId: caller.accountId, at: now.toISOString() };
}
