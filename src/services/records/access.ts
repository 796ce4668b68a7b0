import type { Caller } from '../../resolvers/context';
import type { JiraClient } from '../../jira/client';
import { getPermittedProjects } from '../../jira/platform';
import type { Audit } from '../../storage/stores';
import { NotFoundError } from '../errors';

/** Who saves and when, as stored on the record and in a risk's history. */
export function auditOf(caller: Caller, now: Date): Audit {
  return { accountId: caller.accountId, at: now.toISOString() };
}

/**
 * The projects of `requested` (by default all) the caller may browse, from one Jira request whatever
 * their number. A requested project they may not browse fails the call with the words
 * `requireProjectPermission` uses for one that does not exist, so the answer never tells them apart.
 */
export async function requireBrowsableProjects(jira: JiraClient, requested?: readonly string[]): Promise<string[]> {
  const browsable = new Set((await getPermittedProjects(jira, ['BROWSE_PROJECTS'])).map((project) => project.key));
  if (requested === undefined) return [...browsable].sort();
  const hidden = requested.find((projectKey) => !browsable.has(projectKey));
  if (hidden !== undefined) throw new NotFoundError(`Project '${hidden}' was not found, or you do not have permission to browse it`);
  return [...requested];
}
