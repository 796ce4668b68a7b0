import { z } from 'zod';
import { ValidationError } from '../services/errors';

/** Who is calling and from where, as Forge's invocation context says (never from the payload). */
export interface Caller {
  accountId: string;
  /** The project of a Product tab or epic panel; absent on the global page. */
  projectKey?: string;
  /** The issue of an issue panel. */
  issueKey?: string;
}

const forgeContextSchema = z.object({
  accountId: z.string().min(1),
  extension: z
    .object({
      project: z.object({ key: z.string().min(1) }).optional(),
      issue: z.object({ key: z.string().min(1) }).optional(),
    })
    .optional(),
});

/** Reads Forge's resolver context; a call with no signed-in user is refused. */
export function callerFrom(context: unknown): Caller {
  const parsed = forgeContextSchema.safeParse(context);
  if (!parsed.success) throw new ValidationError('context', 'The call has no signed-in Atlassian account; sign in to Jira and reload the page');
  const { accountId, extension } = parsed.data;
  return { accountId, projectKey: extension?.project?.key, issueKey: extension?.issue?.key };
}

export function requireProject(caller: Caller): string {
  if (caller.projectKey === undefined) throw new ValidationError('context.extension.project', 'This works only inside a Jira project');
  return caller.projectKey;
}

export function requireIssue(caller: Caller): string {
  if (caller.issueKey === undefined) throw new ValidationError('context.extension.issue', 'This works only on a Jira issue');
  return caller.issueKey;
}
