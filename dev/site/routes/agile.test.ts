import { loadFixture, parseFixture } from '../fixture';
import { call, SAMPLE_ADMIN, SAMPLE_FIXTURE, useSite } from '../testing/client';
import { messagesOf, offsetPageShape } from '../testing/shapes';
import { OUTSIDER, VIEWER, tinySite, tinySiteJson } from '../testing/tinySite';
import { z } from 'zod';

const sprintIssuePage = z.strictObject({
  expand: z.string(),
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number(),
  issues: z.array(z.strictObject({ id: z.string(), self: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) })),
});

describe('agile boards', () => {
  const site = useSite(tinySite);

  it('returns boards with their project location when the board list is asked', async () => {
    const { body } = await call(site(), '/rest/agile/1.0/board?maxResults=1');
    expect(body).toEqual({
      startAt: 0,
      maxResults: 1,
      total: 3,
      isLast: false,
      values: [
        {
          id: 1,
          self: `${site().url}/rest/agile/1.0/board/1`,
          name: 'Alpha board',
          type: 'scrum',
          location: { projectId: 100, projectKey: 'ALP', projectName: 'Alpha', displayName: 'Alpha (ALP)', projectTypeKey: 'software', name: 'Alpha (ALP)' },
        },
      ],
    });
  });

  it('returns the boards of one project when projectKeyOrId is given, filtered by type', async () => {
    const page = offsetPageShape.parse((await call(site(), '/rest/agile/1.0/board?projectKeyOrId=200&type=scrum')).body);
    expect(page.values.map((b) => b['id'])).toEqual([3]);
  });

  it('returns an empty page when projectKeyOrId names a project the user may not browse', async () => {
    expect((await call(site(), '/rest/agile/1.0/board?projectKeyOrId=BET', { as: VIEWER })).body).toMatchObject({ total: 0, values: [], isLast: true });
  });

  it('caps maxResults at 50 when more is asked', async () => {
    expect((await call(site(), '/rest/agile/1.0/board?maxResults=1000')).body).toMatchObject({ maxResults: 50 });
  });

  it("returns one board, and 404 with Jira's message when it is hidden or missing", async () => {
    expect((await call(site(), '/rest/agile/1.0/board/3')).body).toMatchObject({ id: 3, name: 'Beta board', type: 'scrum' });
    const hidden = await call(site(), '/rest/agile/1.0/board/3', { as: VIEWER });
    expect(hidden.status).toBe(404);
    expect(messagesOf(hidden.body)).toEqual(['Board does not exist or you do not have permission to see it.']);
    expect((await call(site(), '/rest/agile/1.0/board/abc')).status).toBe(404);
  });

  it('returns the estimation from the fixture and columns by status category in the configuration', async () => {
    const { body } = await call(site(), '/rest/agile/1.0/board/1/configuration');
    expect(body).toEqual({
      id: 1,
      name: 'Alpha board',
      type: 'scrum',
      self: `${site().url}/rest/agile/1.0/board/1/configuration`,
      location: { type: 'project', projectKeyOrId: '100' },
      filter: { id: '1', self: `${site().url}/rest/api/3/filter/1` },
      columnConfig: {
        constraintType: 'none',
        columns: [
          { name: 'To Do', statuses: [{ id: '1', self: `${site().url}/rest/api/3/status/1` }] },
          { name: 'In Progress', statuses: [{ id: '3', self: `${site().url}/rest/api/3/status/3` }] },
          { name: 'Done', statuses: [{ id: '5', self: `${site().url}/rest/api/3/status/5` }] },
        ],
      },
      estimation: { type: 'field', field: { fieldId: 'customfield_10016', displayName: 'Story point estimate' } },
    });
  });
});

describe('agile sprints', () => {
  const site = useSite(tinySite);

  it("returns the board's sprints without dates they do not have", async () => {
    const { body } = await call(site(), '/rest/agile/1.0/board/1/sprint');
    expect(body).toMatchObject({ startAt: 0, maxResults: 50, isLast: true });
    expect(offsetPageShape.parse(body).values).toEqual([
      {
        id: 11,
        self: `${site().url}/rest/agile/1.0/sprint/11`,
        state: 'closed',
        name: 'Alpha 1',
        startDate: '2026-01-12T08:00:00.000+0000',
        endDate: '2026-01-26T08:00:00.000+0000',
        completeDate: '2026-01-26T09:00:00.000+0000',
        originBoardId: 1,
        goal: '',
      },
      {
        id: 12,
        self: `${site().url}/rest/agile/1.0/sprint/12`,
        state: 'active',
        name: 'Alpha 2',
        startDate: '2026-01-26T10:00:00.000+0000',
        endDate: '2026-02-09T10:00:00.000+0000',
        originBoardId: 1,
        goal: 'Ship',
      },
      { id: 13, self: `${site().url}/rest/agile/1.0/sprint/13`, state: 'future', name: 'Alpha 3', originBoardId: 1, goal: '' },
    ]);
  });

  it('returns only sprints in the given states when state is comma-separated, paged by startAt', async () => {
    const page = offsetPageShape.parse((await call(site(), '/rest/agile/1.0/board/1/sprint?state=active,future&maxResults=1&startAt=1')).body);
    expect(page.values.map((s) => s['id'])).toEqual([13]);
    expect(page.isLast).toBe(true);
  });

  it('returns 400 when the state is unknown or the board is kanban', async () => {
    expect((await call(site(), '/rest/agile/1.0/board/1/sprint?state=open')).status).toBe(400);
    const kanban = await call(site(), '/rest/agile/1.0/board/2/sprint');
    expect(messagesOf(kanban.body)).toEqual(['The board does not support sprints']);
  });

  it("returns a sprint, and 404 when its board's project may not be browsed", async () => {
    expect((await call(site(), '/rest/agile/1.0/sprint/31')).body).toMatchObject({ id: 31, state: 'active', originBoardId: 3 });
    expect((await call(site(), '/rest/agile/1.0/sprint/31', { as: VIEWER })).status).toBe(404);
    expect((await call(site(), '/rest/agile/1.0/sprint/999')).status).toBe(404);
  });

  it('returns the issues currently in the sprint with the requested fields', async () => {
    const page = sprintIssuePage.parse((await call(site(), '/rest/agile/1.0/sprint/12/issue?fields=summary')).body);
    expect(page).toEqual({
      expand: 'schema,names',
      startAt: 0,
      maxResults: 50,
      total: 2,
      issues: [
        { id: '1002', self: `${site().url}/rest/agile/1.0/issue/1002`, key: 'ALP-2', fields: { summary: 'Alpha story' } },
        { id: '1003', self: `${site().url}/rest/agile/1.0/issue/1003`, key: 'ALP-3', fields: { summary: 'Alpha bug' } },
      ],
    });
  });

  it('returns the sprint issues narrowed by jql when the board route is used', async () => {
    const page = sprintIssuePage.parse((await call(site(), `/rest/agile/1.0/board/1/sprint/12/issue?jql=${encodeURIComponent('issuetype = Bug')}`)).body);
    expect(page.issues.map((i) => i.key)).toEqual(['ALP-3']);
    expect((await call(site(), '/rest/agile/1.0/board/9/sprint/12/issue')).status).toBe(404);
  });

  it("returns 404 for a sprint's issues when the user may browse nothing", async () => {
    expect((await call(site(), '/rest/agile/1.0/sprint/12/issue', { as: OUTSIDER })).status).toBe(404);
  });
});

describe('agile routes on the sample site', () => {
  const site = useSite(() => loadFixture(SAMPLE_FIXTURE));

  it('returns every sprint of a board once when paging by startAt', async () => {
    const ids: unknown[] = [];
    for (let startAt = 0; ; startAt += 50) {
      const page = offsetPageShape.parse((await call(site(), `/rest/agile/1.0/board/1/sprint?startAt=${startAt}`, { as: SAMPLE_ADMIN })).body);
      ids.push(...page.values.map((s) => s['id']));
      if (page.isLast) break;
    }
    const expected = loadFixture(SAMPLE_FIXTURE)
      .sprints.filter((s) => s.originBoardId === 1)
      .map((s) => s.id);
    expect(ids).toEqual(expected);
  });
});

/** The tiny site with its Sprint field moved to another id, as on a site where it was created later. */
function siteWithMovedSprintField() {
  const json = tinySiteJson();
  for (const field of json.fields) {
    if (field.id === 'customfield_10020') Object.assign(field, { id: 'customfield_12345', key: 'customfield_12345' });
  }
  for (const issue of json.issues) {
    issue.fields['customfield_12345'] = issue.fields['customfield_10020'];
    Reflect.deleteProperty(issue.fields, 'customfield_10020');
  }
  return parseFixture(json, 'moved-sprint-field.json');
}

describe('agile routes when the Sprint field has another id', () => {
  const site = useSite(siteWithMovedSprintField);

  it("returns the sprint's issues by finding the Sprint field by its type", async () => {
    const page = sprintIssuePage.parse((await call(site(), '/rest/agile/1.0/sprint/12/issue?fields=key')).body);
    expect(page.issues.map((i) => i.key)).toEqual(['ALP-2', 'ALP-3']);
    const search = await call(site(), '/rest/api/3/search/jql', { body: { jql: 'sprint = 12', fields: ['key'] } });
    expect(search.body).toMatchObject({ issues: [{ key: 'ALP-2' }, { key: 'ALP-3' }] });
  });
});
