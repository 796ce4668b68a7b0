import { z } from 'zod';
import { HttpError, jsonBody, ok, type RequestContext, type Route } from '../http';
import { statusBean } from '../render';
import { editIssue } from '../writes/edit';
import { deleteIssue } from '../writes/deleteIssue';
import { issueTransitions, transitionIssue } from '../writes/transitions';
import { badPayload } from './search';

/** Issue writes a team makes: transitions, edits of the estimate or summary, deletion. */
const transitionBody = z.looseObject({
  transition: z.looseObject({ id: z.string().optional() }).optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
});

const editBody = z.looseObject({
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.record(z.string(), z.unknown()).optional(),
});

function issueKey(ctx: RequestContext): string {
  return ctx.params['issueIdOrKey'] ?? '';
}

function getTransitions(ctx: RequestContext) {
  const transitions = issueTransitions(ctx.view, issueKey(ctx)).map((t) => ({
    id: t.id,
    name: t.name,
    to: statusBean(t.to, ctx.baseUrl),
    hasScreen: false,
    isGlobal: true,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  }));
  return ok({ expand: 'transitions', transitions });
}

function postTransition(ctx: RequestContext) {
  const parsed = transitionBody.safeParse(jsonBody(ctx));
  if (!parsed.success) throw badPayload(parsed.error);
  const id = parsed.data.transition?.id;
  if (id === undefined) throw new HttpError(400, "Missing 'transition' identifier");
  const fields = Object.keys(parsed.data.fields ?? {});
  if (fields.length > 0)
    throw new HttpError(400, '', Object.fromEntries(fields.map((f) => [f, `Field '${f}' cannot be set. It is not on the appropriate screen, or unknown.`])));
  transitionIssue(ctx.view, issueKey(ctx), id);
  return { status: 204 };
}

function putIssue(ctx: RequestContext) {
  const parsed = editBody.safeParse(jsonBody(ctx));
  if (!parsed.success) throw badPayload(parsed.error);
  const update = Object.keys(parsed.data.update ?? {});
  if (update.length > 0)
    throw new HttpError(
      400,
      '',
      Object.fromEntries(update.map((f) => [f, `The local Jira site supports edits through 'fields' only; '${f}' was given in 'update'.`])),
    );
  editIssue(ctx.view, issueKey(ctx), parsed.data.fields ?? {});
  return { status: 204 };
}

function removeIssue(ctx: RequestContext) {
  deleteIssue(ctx.view, issueKey(ctx), { deleteSubtasks: ctx.query.get('deleteSubtasks') === 'true' });
  return { status: 204 };
}

export const issueWriteRoutes: readonly Route[] = [
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: getTransitions },
  { method: 'POST', template: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: postTransition },
  { method: 'PUT', template: '/rest/api/3/issue/{issueIdOrKey}', handler: putIssue },
  { method: 'DELETE', template: '/rest/api/3/issue/{issueIdOrKey}', handler: removeIssue },
];
