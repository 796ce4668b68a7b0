import { APP_ACCOUNT_ID, APP_AUTHORIZATION } from './auth';
import { EventHub, issueCreatedEvent, issueUpdatedEvent, sprintEvent, type ProductEvent } from './events';
import { call, useSite } from './testing/client';
import { ADMIN, tinySite } from './testing/tinySite';

function alp2() {
  const issue = tinySite().issues.find((i) => i.key === 'ALP-2');
  if (!issue) throw new Error('the tiny site has ALP-2');
  return issue;
}

describe('event payload builders', () => {
  it('returns the issue with its documented fields only when an issue event is built', () => {
    expect(issueCreatedEvent(alp2(), ADMIN)).toEqual({
      eventType: 'avi:jira:created:issue',
      issue: {
        id: '1002',
        key: 'ALP-2',
        fields: {
          summary: 'Alpha story',
          issuetype: { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
          project: { id: '100', key: 'ALP', name: 'Alpha' },
          status: { id: '5', name: 'Done', statusCategory: { key: 'done', name: 'Done' } },
          created: '2026-01-10T09:00:00.000+0000',
          updated: '2026-02-01T03:00:00.000+0000',
        },
      },
      atlassianId: ADMIN,
    });
  });

  it('returns the change history id and items when an update event is built', () => {
    const issue = alp2();
    const history = issue.changelog[1];
    if (!history) throw new Error('ALP-2 has a second history');
    expect(issueUpdatedEvent(issue, history, ADMIN)).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      changelog: {
        id: '502',
        items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to: '3', toString: 'In Progress' }],
      },
    });
  });

  it('returns only the dates a sprint has when a sprint event is built', () => {
    const future = { id: 13, originBoardId: 1, name: 'Alpha 3', state: 'future' as const, goal: '' };
    expect(sprintEvent('avi:jira-software:started:sprint', future, ADMIN, 'http://site')).toEqual({
      eventType: 'avi:jira-software:started:sprint',
      sprint: { id: 13, self: 'http://site/rest/agile/1.0/sprint/13', state: 'future', name: 'Alpha 3', originBoardId: 1 },
      atlassianId: ADMIN,
    });
  });
});

describe('EventHub', () => {
  it('delivers to every listener a copy, until it unsubscribes, even when another listener throws', () => {
    const hub = new EventHub();
    const seen: ProductEvent[] = [];
    hub.on(() => {
      throw new Error('broken listener');
    });
    const off = hub.on((event) => seen.push(event));
    const event = issueCreatedEvent(alp2(), ADMIN);
    hub.deliver(event);
    off();
    hub.deliver(event);
    expect(seen).toEqual([event]);
    expect(seen[0]).not.toBe(event);
    expect(hub.listenerFailures()).toHaveLength(2);
  });
});

describe('events of HTTP writes', () => {
  const site = useSite(tinySite);
  const events: ProductEvent[] = [];
  beforeAll(() => site().onEvent((event) => events.push(event)));

  it('delivers the property event with the issue id and property key when a property is set or deleted', async () => {
    await call(site(), '/rest/api/3/issue/ALP-3/properties/product-work-type', { method: 'PUT', body: { workType: 'debt' } });
    await call(site(), '/rest/api/3/issue/ALP-3/properties/product-work-type', { method: 'DELETE' });
    expect(events.splice(0)).toEqual([
      { eventType: 'avi:jira:set:issue-property', entityId: '1003', entityType: 'issue', propertyKey: 'product-work-type', atlassianId: ADMIN },
      { eventType: 'avi:jira:deleted:issue-property', entityId: '1003', entityType: 'issue', propertyKey: 'product-work-type', atlassianId: ADMIN },
    ]);
  });

  it('delivers the deleted event when the app deletes an issue, and returns 403 when a user without Delete Issues tries', async () => {
    expect((await call(site(), '/rest/api/3/issue/BET-2', { method: 'DELETE' })).status).toBe(403);
    expect((await call(site(), '/rest/api/3/issue/BET-2', { method: 'DELETE', authorization: APP_AUTHORIZATION })).status).toBe(204);
    expect((await call(site(), '/rest/api/3/issue/BET-2')).status).toBe(404);
    expect(events.splice(0)).toMatchObject([{ eventType: 'avi:jira:deleted:issue', issue: { id: '2002', key: 'BET-2' }, atlassianId: APP_ACCOUNT_ID }]);
  });

  it('returns 400 when the issue has sub-tasks unless deleteSubtasks is true, then deletes them too', async () => {
    const asApp = { method: 'DELETE' as const, authorization: APP_AUTHORIZATION };
    expect((await call(site(), '/rest/api/3/issue/ALP-2', asApp)).status).toBe(400);
    expect((await call(site(), '/rest/api/3/issue/ALP-2?deleteSubtasks=true', asApp)).status).toBe(204);
    expect(events.splice(0).map((e) => ('issue' in e ? e.issue.key : ''))).toEqual(['ALP-4', 'ALP-2']);
  });
});
