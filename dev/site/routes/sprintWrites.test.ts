import { z } from 'zod';
import type { ProductEvent } from '../events';
import { call, useSite } from '../testing/client';
import { ADMIN, VIEWER, tinySite } from '../testing/tinySite';

const SPRINT = 'customfield_10020';

async function sprintIds(site: Parameters<typeof call>[0], key: string): Promise<number[]> {
  const { body } = await call(site, `/rest/api/3/issue/${key}?fields=${SPRINT}`);
  const refs = z.object({ fields: z.object({ [SPRINT]: z.array(z.object({ id: z.number() })).nullable() }) }).parse(body).fields[SPRINT];
  return (refs ?? []).map((ref) => ref.id);
}

async function lastItems(site: Parameters<typeof call>[0], key: string): Promise<unknown> {
  const { body } = await call(site, '/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: [key], fieldIds: [SPRINT] } });
  return z
    .object({ issueChangeLogs: z.array(z.object({ changeHistories: z.array(z.object({ items: z.unknown() })) })) })
    .parse(body)
    .issueChangeLogs[0]?.changeHistories.at(-1)?.items;
}

describe('moving issues between sprints and the backlog', () => {
  const site = useSite(tinySite);

  it('logs the sprint ids when an issue moves out of its future sprint into the active one', async () => {
    expect((await call(site(), '/rest/agile/1.0/sprint/12/issue', { body: { issues: ['ALP-10'] } })).status).toBe(204);
    expect(await sprintIds(site(), 'ALP-10')).toEqual([12]);
    expect(await lastItems(site(), 'ALP-10')).toEqual([
      { field: 'Sprint', fieldtype: 'custom', fieldId: SPRINT, from: '13', fromString: 'Alpha 3', to: '12', toString: 'Alpha 2' },
    ]);
  });

  it('keeps the closed sprints when an issue moves to the backlog', async () => {
    expect((await call(site(), '/rest/agile/1.0/backlog/issue', { body: { issues: ['ALP-2'] } })).status).toBe(204);
    expect(await sprintIds(site(), 'ALP-2')).toEqual([11]);
    expect(await lastItems(site(), 'ALP-2')).toEqual([
      { field: 'Sprint', fieldtype: 'custom', fieldId: SPRINT, from: '11, 12', fromString: 'Alpha 1, Alpha 2', to: '11', toString: 'Alpha 1' },
    ]);
  });

  it('returns 403 when the user may not edit, 404 when the sprint is unseen, 400 when an issue is unseen', async () => {
    expect((await call(site(), '/rest/agile/1.0/sprint/12/issue', { as: VIEWER, body: { issues: ['ALP-1'] } })).status).toBe(403);
    expect((await call(site(), '/rest/agile/1.0/sprint/31/issue', { as: VIEWER, body: { issues: ['ALP-1'] } })).status).toBe(404);
    expect((await call(site(), '/rest/agile/1.0/sprint/12/issue', { body: { issues: ['ALP-404'] } })).status).toBe(400);
  });
});

describe('closing and starting sprints', () => {
  const site = useSite(tinySite);
  const events: ProductEvent[] = [];
  beforeAll(() => site().onEvent((event) => events.push(event)));

  it('moves the incomplete issues to the next future sprint when the active sprint closes', async () => {
    const { status, body } = await call(site(), '/rest/agile/1.0/sprint/12', { body: { state: 'closed' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 12, state: 'closed', completeDate: '2026-03-15T12:00:00.000+0000' });
    expect(await sprintIds(site(), 'ALP-3')).toEqual([12, 13]);
    expect(await sprintIds(site(), 'ALP-2')).toEqual([11, 12]);
    expect(await lastItems(site(), 'ALP-3')).toEqual([
      { field: 'Sprint', fieldtype: 'custom', fieldId: SPRINT, from: '12', fromString: 'Alpha 2', to: '12, 13', toString: 'Alpha 2, Alpha 3' },
    ]);
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:updated:issue', 'avi:jira-software:closed:sprint']);
    expect(events.at(-1)).toEqual({
      eventType: 'avi:jira-software:closed:sprint',
      sprint: {
        id: 12,
        self: `${site().url}/rest/agile/1.0/sprint/12`,
        state: 'closed',
        name: 'Alpha 2',
        startDate: '2026-01-26T10:00:00.000+0000',
        endDate: '2026-02-09T10:00:00.000+0000',
        completeDate: '2026-03-15T12:00:00.000+0000',
        originBoardId: 1,
        goal: 'Ship',
      },
      atlassianId: ADMIN,
    });
  });

  it("returns the sprint started at the clock for two weeks, and issues' sprint copies follow, when a future sprint starts", async () => {
    const { body } = await call(site(), '/rest/agile/1.0/sprint/13', { body: { state: 'active' } });
    expect(body).toMatchObject({ state: 'active', startDate: '2026-03-15T12:00:00.000+0000', endDate: '2026-03-29T12:00:00.000+0000' });
    expect(events.at(-1)).toMatchObject({ eventType: 'avi:jira-software:started:sprint', sprint: { id: 13, state: 'active' } });
    const search = (await call(site(), '/rest/api/3/search/jql', { body: { jql: 'project = ALP AND sprint in openSprints()', fields: [SPRINT] } })).body;
    expect(search).toMatchObject({
      issues: [
        {
          fields: {
            [SPRINT]: [
              { id: 12, state: 'closed' },
              { id: 13, state: 'active' },
            ],
          },
        },
        { fields: { [SPRINT]: [{ id: 13, state: 'active' }] } },
      ],
    });
  });

  it('returns 400 when the state change is not one Jira allows', async () => {
    expect((await call(site(), '/rest/agile/1.0/sprint/11', { body: { state: 'active' } })).status).toBe(400);
    expect((await call(site(), '/rest/agile/1.0/sprint/11', { body: { state: 'future' } })).status).toBe(400);
  });
});
