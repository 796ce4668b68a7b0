import { z } from 'zod';
import { getBoard } from '../../jira/agile';
import type { JiraClient } from '../../jira/client';
import { getIssue } from '../../jira/platform';
import { WORK_TYPE_PROPERTY_KEY } from '../../shared/workTypes';
import { refreshRequest, type RefreshRequest, type RequestChange } from './requests';

/** The Jira product events the app subscribes to (manifest `trigger.events`). */
export const ISSUE_EVENTS = ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue'] as const;
export const SPRINT_EVENTS = ['avi:jira-software:started:sprint', 'avi:jira-software:closed:sprint'] as const;
export const PROPERTY_EVENTS = ['avi:jira:set:issue-property', 'avi:jira:deleted:issue-property'] as const;
export const SUBSCRIBED_EVENTS = [...ISSUE_EVENTS, ...SPRINT_EVENTS, ...PROPERTY_EVENTS];

const id = z.union([z.string(), z.number()]).transform(String);

const issueEvent = z.object({
  eventType: z.enum(ISSUE_EVENTS),
  issue: z.object({ id, key: z.string(), fields: z.object({ project: z.object({ key: z.string() }).optional() }).optional() }),
});
const sprintEvent = z.object({ eventType: z.enum(SPRINT_EVENTS), sprint: z.object({ id: z.number(), originBoardId: z.number() }) });
const propertyEvent = z.object({
  eventType: z.enum(PROPERTY_EVENTS),
  entityId: id.optional(),
  issue: z.object({ id }).optional(),
  propertyKey: z.string().optional(),
  property: z.object({ key: z.string() }).optional(),
});
const jiraEvent = z.union([issueEvent, sprintEvent, propertyEvent]);

export class JiraEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JiraEventError';
  }
}

/** Parses a product event; one the app does not know, or a malformed one, is an error naming why. */
export function parseJiraEvent(payload: unknown): z.infer<typeof jiraEvent> {
  const parsed = jiraEvent.safeParse(payload);
  if (parsed.success) return parsed.data;
  const type = z.object({ eventType: z.string() }).safeParse(payload);
  const what = type.success ? `event '${type.data.eventType}'` : 'event without an eventType';
  throw new JiraEventError(`Product Lens cannot read this ${what}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
}

async function projectOfIssue(jira: JiraClient, issueId: string): Promise<string> {
  const issue = await getIssue(jira, issueId, ['project']);
  const project = z.object({ key: z.string() }).safeParse(issue.fields?.project);
  if (!project.success) throw new JiraEventError(`Jira did not say which project issue ${issueId} is in`);
  return project.data.key;
}

function isIssueEvent(event: z.infer<typeof jiraEvent>): event is z.infer<typeof issueEvent> {
  return ISSUE_EVENTS.some((type) => type === event.eventType);
}

function incremental(projectKey: string, at: Date, reason: string, change: RequestChange = {}): RefreshRequest {
  return refreshRequest(projectKey, 'incremental', at, reason, change);
}

/**
 * The incremental refresh a Jira product event calls for, or null when it does not concern the
 * figures (another app's property). The project comes from the event, else from Jira as the app.
 */
export async function refreshRequestFor(jira: JiraClient, payload: unknown, at: Date): Promise<RefreshRequest | null> {
  const event = parseJiraEvent(payload);
  if (isIssueEvent(event)) {
    const projectKey = event.issue.fields?.project?.key ?? (await projectOfIssue(jira, event.issue.id));
    const removed = event.eventType === 'avi:jira:deleted:issue' ? [event.issue.id] : [];
    return incremental(projectKey, at, `${event.eventType} ${event.issue.key}`, { removedIssueIds: removed });
  }
  if ('sprint' in event) {
    const board = await getBoard(jira, event.sprint.originBoardId);
    const projectKey = board.location?.projectKey;
    if (projectKey === undefined) return null;
    return incremental(projectKey, at, `${event.eventType} ${event.sprint.id}`, { sprintBoardIds: [event.sprint.originBoardId] });
  }
  const propertyKey = event.propertyKey ?? event.property?.key;
  if (propertyKey !== undefined && propertyKey !== WORK_TYPE_PROPERTY_KEY) return null;
  const issueId = event.issue?.id ?? event.entityId;
  if (issueId === undefined) throw new JiraEventError(`The ${event.eventType} event names no issue`);
  return incremental(await projectOfIssue(jira, issueId), at, `${event.eventType} ${issueId}`, { touchedIssueIds: [issueId] });
}
