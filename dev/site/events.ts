import type { FixtureChangeHistory, FixtureChangeItem, FixtureIssue, FixtureSprint } from './fixture';

/**
 * Product events as Forge delivers them to an app's trigger (developer.atlassian.com/platform/forge/
 * events-reference/jira and …/jira-software): the payload types, their builders, and the hub a site
 * delivers them through after each write is applied.
 */

export const ISSUE_CREATED = 'avi:jira:created:issue';
export const ISSUE_UPDATED = 'avi:jira:updated:issue';
export const ISSUE_DELETED = 'avi:jira:deleted:issue';
export const SPRINT_STARTED = 'avi:jira-software:started:sprint';
export const SPRINT_CLOSED = 'avi:jira-software:closed:sprint';
export const ISSUE_PROPERTY_SET = 'avi:jira:set:issue-property';
export const ISSUE_PROPERTY_DELETED = 'avi:jira:deleted:issue-property';

/** The issue as Forge's issue events carry it: its ids and the documented fields the fixture holds. */
export interface EventIssue {
  id: string;
  key: string;
  fields: {
    summary: string;
    issuetype: FixtureIssue['fields']['issuetype'];
    project: FixtureIssue['fields']['project'];
    status: FixtureIssue['fields']['status'];
    created: string;
    updated: string;
  };
}

/** A change item as the issue's changelog holds it. */
export interface EventChangeItem {
  field: string;
  fieldtype: string;
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface IssueEvent {
  eventType: typeof ISSUE_CREATED | typeof ISSUE_DELETED;
  issue: EventIssue;
  /** The account that caused the event. */
  atlassianId: string;
}

export interface IssueUpdatedEvent {
  eventType: typeof ISSUE_UPDATED;
  issue: EventIssue;
  atlassianId: string;
  /** The change history the update appended to the issue's changelog. */
  changelog: { id: string; items: EventChangeItem[] };
}

export interface EventSprint {
  id: number;
  self?: string;
  state: FixtureSprint['state'];
  name: string;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  originBoardId: number;
  goal?: string;
}

export interface SprintEvent {
  eventType: typeof SPRINT_STARTED | typeof SPRINT_CLOSED;
  sprint: EventSprint;
  atlassianId?: string;
}

/** An entity property written to or removed from an issue: `entityId` is the issue's id. */
export interface IssuePropertyEvent {
  eventType: typeof ISSUE_PROPERTY_SET | typeof ISSUE_PROPERTY_DELETED;
  entityId: string;
  entityType: 'issue';
  propertyKey: string;
  atlassianId?: string;
}

export type ProductEvent = IssueEvent | IssueUpdatedEvent | SprintEvent | IssuePropertyEvent;
export type ProductEventListener = (event: ProductEvent) => void;

export function eventIssue(issue: FixtureIssue): EventIssue {
  const { summary, issuetype, project, status, created, updated } = structuredClone(issue.fields);
  return { id: issue.id, key: issue.key, fields: { summary, issuetype, project, status, created, updated } };
}

function eventItem(item: FixtureChangeItem): EventChangeItem {
  const { field, fieldtype, fieldId, from, fromString, to } = item;
  return { field, fieldtype, ...(fieldId === undefined ? {} : { fieldId }), from, fromString, to, toString: item.toString };
}

export function issueCreatedEvent(issue: FixtureIssue, atlassianId: string): IssueEvent {
  return { eventType: ISSUE_CREATED, issue: eventIssue(issue), atlassianId };
}

export function issueDeletedEvent(issue: FixtureIssue, atlassianId: string): IssueEvent {
  return { eventType: ISSUE_DELETED, issue: eventIssue(issue), atlassianId };
}

export function issueUpdatedEvent(issue: FixtureIssue, history: FixtureChangeHistory, atlassianId: string): IssueUpdatedEvent {
  return { eventType: ISSUE_UPDATED, issue: eventIssue(issue), atlassianId, changelog: { id: history.id, items: history.items.map(eventItem) } };
}

export function sprintEvent(eventType: SprintEvent['eventType'], sprint: FixtureSprint, atlassianId: string, baseUrl?: string): SprintEvent {
  const { id, state, name, startDate, endDate, completeDate, originBoardId, goal } = sprint;
  const payload: EventSprint = {
    id,
    ...(baseUrl === undefined ? {} : { self: `${baseUrl}/rest/agile/1.0/sprint/${id}` }),
    state,
    name,
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    ...(completeDate ? { completeDate } : {}),
    originBoardId,
    ...(goal ? { goal } : {}),
  };
  return { eventType, sprint: payload, atlassianId };
}

export function issuePropertyEvent(
  eventType: IssuePropertyEvent['eventType'],
  issue: FixtureIssue,
  propertyKey: string,
  atlassianId: string,
): IssuePropertyEvent {
  return { eventType, entityId: issue.id, entityType: 'issue', propertyKey, atlassianId };
}

/**
 * Listeners of one site. Delivery is synchronous and after the write, so a listener sees the site as
 * the write left it; a listener that throws is not allowed to fail the write or starve the others.
 */
export class EventHub {
  private readonly listeners = new Set<ProductEventListener>();
  private readonly failures: unknown[] = [];

  on(listener: ProductEventListener): () => void {
    const entry: ProductEventListener = (event) => listener(event);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  deliver(event: ProductEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(structuredClone(event));
      } catch (error) {
        this.failures.push(error);
      }
    }
  }

  /** Errors listeners threw, oldest first, so a test can see them. */
  listenerFailures(): readonly unknown[] {
    return this.failures;
  }
}
