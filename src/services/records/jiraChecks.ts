import { z } from 'zod';
import { getBoards, getBoardSprints } from '../../jira/agile';
import type { JiraClient } from '../../jira/client';
import { JiraNotFoundError } from '../../jira/errors';
import type { JiraBoard, JiraSprint, JiraVersion } from '../../jira/models';
import { getIssue, getProjectVersions } from '../../jira/platform';
import { EPIC_LEVEL } from '../../domain/issue';
import { ValidationError } from '../errors';

/**
 * Checks of a payload against Jira, as the user: what zod cannot know. Each failure is a
 * `ValidationError` naming the payload field, thrown before anything is written.
 */
const linkedIssueFields = z.object({
  project: z.object({ key: z.string() }),
  issuetype: z.object({ hierarchyLevel: z.number().optional() }),
});

async function linkedEpicProblem(jira: JiraClient, projectKey: string, key: string): Promise<string | null> {
  const issue = await getIssue(jira, key, ['project', 'issuetype']).catch((error: unknown) => {
    if (error instanceof JiraNotFoundError) return null;
    throw error;
  });
  if (issue === null) return `Issue '${key}' does not exist, or you do not have permission to see it`;
  const fields = linkedIssueFields.safeParse(issue.fields);
  if (!fields.success) return `Jira did not say which project and issue type '${key}' has`;
  if (fields.data.project.key !== projectKey)
    return `Issue '${key}' is in project '${fields.data.project.key}', not '${projectKey}'; link this project's epics`;
  if (fields.data.issuetype.hierarchyLevel !== EPIC_LEVEL) return `Issue '${key}' is not an epic; link epics`;
  return null;
}

/**
 * Every key in `toCheck` names an existing epic of the project; the first that does not is reported as
 * `field.<index in keys>`. Keys the record already linked are not checked again, so an epic moved away
 * since does not block an unrelated edit.
 */
export async function requireLinkedEpics(
  jira: JiraClient,
  projectKey: string,
  keys: readonly string[],
  toCheck: ReadonlySet<string>,
  field: string,
): Promise<void> {
  const problems = await Promise.all(keys.map((key) => (toCheck.has(key) ? linkedEpicProblem(jira, projectKey, key) : Promise.resolve(null))));
  const index = problems.findIndex((problem) => problem !== null);
  if (index >= 0) throw new ValidationError(`${field}.${index}`, problems[index] ?? 'invalid');
}

/** The project's version with this id (a released one when `mustBeReleased`). */
export async function requireProjectVersion(
  jira: JiraClient,
  projectKey: string,
  versionId: string,
  field: string,
  mustBeReleased: boolean,
): Promise<JiraVersion> {
  const version = (await getProjectVersions(jira, projectKey)).find((candidate) => candidate.id === versionId);
  if (version === undefined) throw new ValidationError(field, `Version ${versionId} is not a version of project '${projectKey}'`);
  if (mustBeReleased && version.released !== true)
    throw new ValidationError(field, `Version '${version.name}' of project '${projectKey}' is not released yet; analyse a released version`);
  return version;
}

/** The scrum board with this id located in the project. */
export async function requireProjectScrumBoard(jira: JiraClient, projectKey: string, boardId: number, field: string): Promise<JiraBoard> {
  const board = (await getBoards(jira, projectKey)).find((candidate) => candidate.id === boardId && candidate.location?.projectKey === projectKey);
  if (board === undefined) throw new ValidationError(field, `Board ${boardId} is not a board of project '${projectKey}'`);
  if (board.type !== 'scrum')
    throw new ValidationError(field, `Board '${board.name}' is a ${board.type} board; capacity is planned per sprint, on scrum boards`);
  return board;
}

/** The sprint with this id started from the board (a sprint shared from another board belongs to that one). */
export async function requireBoardSprint(jira: JiraClient, board: JiraBoard, sprintId: number, field: string): Promise<JiraSprint> {
  const sprint = (await getBoardSprints(jira, board.id)).find((candidate) => candidate.id === sprintId && (candidate.originBoardId ?? board.id) === board.id);
  if (sprint === undefined) throw new ValidationError(field, `Sprint ${sprintId} is not a sprint of board '${board.name}'`);
  return sprint;
}

const siteUser = z.object({ accountId: z.string() });

/**
 * `accountId` is a user of the site (GET /rest/api/3/user); Jira's 404 is reported on `field`. An
 * unchecked id would show as an unknown owner forever and could not be reached about the risk.
 */
export async function requireSiteUser(jira: JiraClient, accountId: string, field: string): Promise<void> {
  const user = await jira.request({ method: 'GET', path: '/rest/api/3/user', query: { accountId } }, siteUser).catch((error: unknown) => {
    if (error instanceof JiraNotFoundError) return null;
    throw error;
  });
  if (user === null) throw new ValidationError(field, `Account '${accountId}' is not a user of this Jira site; pick the owner from the site's users`);
}

/** A save's owner, checked with Jira (`requireSiteUser`) only when it is new: absent or unchanged needs no request. */
export async function requireNewOwner(jira: JiraClient, owner: string | undefined, current: string | undefined, field: string): Promise<void> {
  if (owner !== undefined && owner !== current) await requireSiteUser(jira, owner, field);
}
