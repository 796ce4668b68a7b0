import { z } from 'zod';
import type { ProductEvent } from '../events';
import { call, useSite } from '../testing/client';
import { messagesOf } from '../testing/shapes';
import { ADMIN, VIEWER, tinySite } from '../testing/tinySite';

const issueShape = z.looseObject({ fields: z.record(z.string(), z.unknown()) });

async function lastHistory(site: Parameters<typeof call>[0], key: string): Promise<unknown> {
  const { body } = await call(site, '/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: [key] } });
  const logs = z.object({ issueChangeLogs: z.array(z.object({ changeHistories: z.array(z.unknown()) })) }).parse(body);
  return logs.issueChangeLogs[0]?.changeHistories.at(-1);
}

describe('issue transitions', () => {
  const site = useSite(tinySite);
  const events: ProductEvent[] = [];
  beforeAll(() => site().onEvent((event) => events.push(event)));

  it('returns one transition per other status, and none when the user may not edit the issue', async () => {
    const { body } = await call(site(), '/rest/api/3/issue/ALP-3/transitions');
    expect(body).toMatchObject({
      transitions: [
        { id: '3', name: 'In Progress', to: { id: '3' } },
        { id: '5', name: 'Done', to: { id: '5' } },
      ],
    });
    expect((await call(site(), '/rest/api/3/issue/ALP-3/transitions', { as: VIEWER })).body).toEqual({ expand: 'transitions', transitions: [] });
  });

  it("resolves the issue at the site's clock and logs status and resolution when it moves to done", async () => {
    expect(site().advanceClock(60 * 60 * 1000)).toBe('2026-03-15T13:00:00.000+0000');
    const response = await call(site(), '/rest/api/3/issue/ALP-3/transitions', { body: { transition: { id: '5' } } });
    expect(response.status).toBe(204);
    const issue = issueShape.parse((await call(site(), '/rest/api/3/issue/ALP-3?fields=status,resolution,resolutiondate,updated')).body);
    expect(issue.fields).toMatchObject({
      status: { id: '5' },
      resolution: { id: '10000', name: 'Done' },
      resolutiondate: '2026-03-15T13:00:00.000+0000',
      updated: '2026-03-15T13:00:00.000+0000',
    });
    expect(await lastHistory(site(), 'ALP-3')).toEqual({
      id: '506',
      author: { accountId: ADMIN, accountType: 'atlassian', displayName: 'Ada Admin', active: true, timeZone: 'America/Toronto' },
      created: '2026-03-15T13:00:00.000+0000',
      items: [
        { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to: '5', toString: 'Done' },
        { field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', to: '10000', toString: 'Done' },
      ],
    });
    expect(events.at(-1)).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      atlassianId: ADMIN,
      issue: { key: 'ALP-3', fields: { status: { id: '5' } } },
      changelog: { id: '506' },
    });
  });

  it('clears the resolution and logs the old one when the issue leaves done', async () => {
    await call(site(), '/rest/api/3/issue/ALP-2/transitions', { body: { transition: { id: '3' } } });
    const issue = issueShape.parse((await call(site(), '/rest/api/3/issue/ALP-2?fields=resolution,resolutiondate')).body);
    expect(issue.fields).toEqual({ resolution: null, resolutiondate: null });
    expect(await lastHistory(site(), 'ALP-2')).toMatchObject({
      items: [
        { from: '5', to: '3' },
        { fieldId: 'resolution', from: '10000', fromString: 'Done' },
      ],
    });
  });

  it("returns 400 in Jira's shape when the transition is unknown or the user may not edit, and 404 when the issue is unseen", async () => {
    const unknown = await call(site(), '/rest/api/3/issue/ALP-1/transitions', { body: { transition: { id: '99' } } });
    expect([unknown.status, messagesOf(unknown.body)]).toEqual([400, ["Transition id '99' is not valid for this issue."]]);
    expect((await call(site(), '/rest/api/3/issue/ALP-1/transitions', { as: VIEWER, body: { transition: { id: '5' } } })).status).toBe(400);
    expect((await call(site(), '/rest/api/3/issue/BET-1/transitions', { as: VIEWER, body: { transition: { id: '5' } } })).status).toBe(404);
  });

  it('returns the moved clock in server info when the clock has advanced', async () => {
    expect((await call(site(), '/rest/api/3/serverInfo')).body).toMatchObject({ serverTime: '2026-03-15T13:00:00.000+0000' });
  });
});

describe('PUT /rest/api/3/issue/{issueIdOrKey}', () => {
  const site = useSite(tinySite);

  it('logs the numbers as strings when the estimate changes', async () => {
    expect((await call(site(), '/rest/api/3/issue/ALP-3', { method: 'PUT', body: { fields: { customfield_10016: 8 } } })).status).toBe(204);
    expect(await lastHistory(site(), 'ALP-3')).toMatchObject({
      items: [{ field: 'Story point estimate', fieldtype: 'custom', fieldId: 'customfield_10016', fromString: '5', toString: '8' }],
    });
    await call(site(), '/rest/api/3/issue/ALP-3', { method: 'PUT', body: { fields: { customfield_10016: null } } });
    expect(await lastHistory(site(), 'ALP-3')).toEqual(
      expect.objectContaining({ items: [{ field: 'Story point estimate', fieldtype: 'custom', fieldId: 'customfield_10016', fromString: '8' }] }),
    );
  });

  it('returns 400 naming the field when it is not one the site can set, and leaves the issue as it was', async () => {
    const response = await call(site(), '/rest/api/3/issue/ALP-1', { method: 'PUT', body: { fields: { summary: 'Renamed', labels: ['x'] } } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errorMessages: [], errors: { labels: "Field 'labels' cannot be set. It is not on the appropriate screen, or unknown." } });
    expect((await call(site(), '/rest/api/3/issue/ALP-1?fields=summary')).body).toMatchObject({ fields: { summary: 'Alpha epic' } });
  });

  it('returns 400 when the user may not edit and 404 when they cannot see the issue', async () => {
    expect((await call(site(), '/rest/api/3/issue/ALP-3', { as: VIEWER, method: 'PUT', body: { fields: { customfield_10016: 1 } } })).status).toBe(400);
    expect((await call(site(), '/rest/api/3/issue/BET-1', { as: VIEWER, method: 'PUT', body: { fields: { customfield_10016: 1 } } })).status).toBe(404);
  });
});
