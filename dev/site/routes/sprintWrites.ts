import { z } from 'zod';
import { HttpError, idParam, jsonBody, ok, type RequestContext, type Route } from '../http';
import type { FixtureSprint } from '../fixture';
import { sprintBean } from '../render';
import { formatInstant, parseInstant } from '../time';
import { refreshSprintRefs } from '../writes/sprintField';
import { closeSprint, editableSprint, moveIssuesToBacklog, moveIssuesToSprint, SPRINT_NOT_FOUND, startSprint } from '../writes/sprints';
import { badPayload } from './search';

/** Jira Software's sprint writes: moving issues in and out, and the partial update that starts or closes a sprint. */
const moveBody = z.strictObject({
  issues: z.array(z.string()),
  rankBeforeIssue: z.string().optional(),
  rankAfterIssue: z.string().optional(),
  rankCustomFieldId: z.number().int().optional(),
});

const backlogBody = z.strictObject({ issues: z.array(z.string()) });

/** The spec's sprint body; keys the emulator cannot change (id, self, originBoardId, createdDate) are ignored as Jira does. */
const sprintUpdateBody = z.strictObject({
  id: z.number().int().optional(),
  self: z.string().optional(),
  name: z.string().optional(),
  state: z.enum(['future', 'active', 'closed']).optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  completeDate: z.string().optional(),
  createdDate: z.string().optional(),
  originBoardId: z.number().int().optional(),
  goal: z.string().optional(),
});
type SprintUpdate = z.infer<typeof sprintUpdateBody>;

function parse<T>(schema: z.ZodType<T>, ctx: RequestContext): T {
  const parsed = schema.safeParse(jsonBody(ctx));
  if (!parsed.success) throw badPayload(parsed.error);
  return parsed.data;
}

function moveToSprint(ctx: RequestContext) {
  const body = parse(moveBody, ctx);
  moveIssuesToSprint(ctx.view, idParam(ctx, 'sprintId', SPRINT_NOT_FOUND), body.issues);
  return { status: 204 };
}

function moveToBacklog(ctx: RequestContext) {
  moveIssuesToBacklog(ctx.view, parse(backlogBody, ctx).issues);
  return { status: 204 };
}

/** Dates of a sprint that stays in its state; a closed sprint's are history and stay as they are. */
function changeDates(sprint: FixtureSprint, body: SprintUpdate): void {
  const dates = { startDate: body.startDate, endDate: body.endDate };
  if (dates.startDate === undefined && dates.endDate === undefined) return;
  if (sprint.state === 'closed') throw new HttpError(400, 'The dates of a closed sprint cannot be changed.');
  for (const [name, text] of Object.entries(dates)) {
    if (text === undefined) continue;
    const ms = parseInstant(text);
    if (ms === null) throw new HttpError(400, '', { [name]: `'${text}' is not a valid date.` });
    sprint[name === 'startDate' ? 'startDate' : 'endDate'] = formatInstant(ms);
  }
}

/** A state change starts or closes the sprint; otherwise name, goal and dates change in place. */
function updateSprint(ctx: RequestContext) {
  const body = parse(sprintUpdateBody, ctx);
  const id = idParam(ctx, 'sprintId', SPRINT_NOT_FOUND);
  const sprint = editableSprint(ctx.view, id);
  if (body.state === 'active' && sprint.state === 'future') startSprint(ctx.view, id, body);
  else if (body.state === 'closed' && sprint.state === 'active') closeSprint(ctx.view, id, body);
  else if (body.state !== undefined && body.state !== sprint.state)
    throw new HttpError(400, `Sprint ${id} is ${sprint.state} and cannot become ${body.state}.`);
  else changeDates(sprint, body);
  if (body.name !== undefined) sprint.name = body.name;
  if (body.goal !== undefined) sprint.goal = body.goal;
  if (body.name !== undefined) refreshSprintRefs(ctx.view, sprint);
  ctx.view.index.noteWrite();
  return ok(sprintBean(sprint, ctx.baseUrl));
}

export const sprintWriteRoutes: readonly Route[] = [
  { method: 'POST', template: '/rest/agile/1.0/sprint/{sprintId}/issue', handler: moveToSprint },
  { method: 'POST', template: '/rest/agile/1.0/backlog/issue', handler: moveToBacklog },
  { method: 'POST', template: '/rest/agile/1.0/sprint/{sprintId}', handler: updateSprint },
];
