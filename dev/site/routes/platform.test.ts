import { call, useSite } from '../testing/client';
import { messagesOf, offsetPageShape } from '../testing/shapes';
import { OUTSIDER, SITE_ADMIN, VIEWER, tinySite } from '../testing/tinySite';

describe('platform routes', () => {
  const site = useSite(tinySite);

  it("returns the fixture's now and time zone and the site url when serverInfo is asked", async () => {
    const { body } = await call(site(), '/rest/api/3/serverInfo');
    expect(body).toEqual({
      baseUrl: site().url,
      displayUrl: site().url,
      deploymentType: 'Cloud',
      serverTime: '2026-03-15T12:00:00.000+0000',
      serverTimeZone: 'America/Toronto',
    });
  });

  it('returns a user of the site by account id, 404 for an account that is not one and 400 without one', async () => {
    const found = await call(site(), `/rest/api/3/user?accountId=${encodeURIComponent(VIEWER)}`, { as: SITE_ADMIN });
    expect(found.body).toMatchObject({ accountId: VIEWER, displayName: 'Vic Viewer', active: true });
    expect((await call(site(), '/rest/api/3/user?accountId=acc%3Anobody', { as: SITE_ADMIN })).status).toBe(404);
    expect((await call(site(), '/rest/api/3/user', { as: SITE_ADMIN })).status).toBe(400);
  });

  it('returns the authenticated user when myself is asked', async () => {
    const { body } = await call(site(), '/rest/api/3/myself', { as: VIEWER });
    expect(body).toEqual({
      self: `${site().url}/rest/api/3/user?accountId=acc%3Aviewer`,
      accountId: VIEWER,
      accountType: 'atlassian',
      displayName: 'Vic Viewer',
      active: true,
      timeZone: 'Asia/Tokyo',
    });
  });

  it("returns the fixture's fields when field is asked", async () => {
    const { body } = await call(site(), '/rest/api/3/field');
    expect(body).toEqual(tinySite().fields);
  });

  it('returns statuses with their category id, key, name and colour when status is asked', async () => {
    const { body } = await call(site(), '/rest/api/3/status');
    expect(body).toContainEqual({
      self: `${site().url}/rest/api/3/status/3`,
      id: '3',
      name: 'In Progress',
      statusCategory: { self: `${site().url}/rest/api/3/statuscategory/4`, id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
    });
  });
});

describe('project routes', () => {
  const site = useSite(tinySite);

  it('returns a PageBean of browsable projects ordered by key when project/search is asked', async () => {
    const { body } = await call(site(), '/rest/api/3/project/search');
    expect(body).toEqual({
      self: `${site().url}/rest/api/3/project/search`,
      startAt: 0,
      maxResults: 50,
      total: 2,
      isLast: true,
      values: [
        { self: `${site().url}/rest/api/3/project/100`, id: '100', key: 'ALP', name: 'Alpha', projectTypeKey: 'software', simplified: false, style: 'classic' },
        { self: `${site().url}/rest/api/3/project/200`, id: '200', key: 'BET', name: 'Beta', projectTypeKey: 'software', simplified: true, style: 'next-gen' },
      ],
    });
  });

  it('returns the next page link when a page is not the last', async () => {
    const { body } = await call(site(), '/rest/api/3/project/search?maxResults=1');
    expect(body).toMatchObject({ isLast: false, total: 2, nextPage: `${site().url}/rest/api/3/project/search?maxResults=1&startAt=1` });
    const second = offsetPageShape.parse((await call(site(), '/rest/api/3/project/search?maxResults=1&startAt=1')).body);
    expect(second.values.map((p) => p['key'])).toEqual(['BET']);
    expect(second.isLast).toBe(true);
  });

  it('caps maxResults at 50 when more is asked', async () => {
    expect((await call(site(), '/rest/api/3/project/search?maxResults=500')).body).toMatchObject({ maxResults: 50 });
  });

  it('returns only the named projects when keys is given, repeated or comma-separated', async () => {
    const repeated = offsetPageShape.parse((await call(site(), '/rest/api/3/project/search?keys=BET&keys=ZZZ')).body);
    expect(repeated.values.map((p) => p['key'])).toEqual(['BET']);
    const commas = offsetPageShape.parse((await call(site(), '/rest/api/3/project/search?keys=BET,ALP&orderBy=-key')).body);
    expect(commas.values.map((p) => p['key'])).toEqual(['BET', 'ALP']);
  });

  it('returns no projects when the user may browse none', async () => {
    expect((await call(site(), '/rest/api/3/project/search', { as: OUTSIDER })).body).toMatchObject({ total: 0, values: [] });
  });

  it('returns 400 when startAt is not a number', async () => {
    expect((await call(site(), '/rest/api/3/project/search?startAt=x')).status).toBe(400);
  });

  it('returns the project with its issue types and versions when asked by key or id', async () => {
    const byKey = await call(site(), '/rest/api/3/project/ALP');
    const byId = await call(site(), '/rest/api/3/project/100');
    expect(byKey.body).toEqual(byId.body);
    expect(byKey.body).toMatchObject({ key: 'ALP', issueTypes: [{ id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false }, {}, {}, {}] });
  });

  it("returns 404 with Jira's message for a project that does not exist or may not be browsed", async () => {
    const hidden = await call(site(), '/rest/api/3/project/BET', { as: SITE_ADMIN });
    const missing = await call(site(), '/rest/api/3/project/ZZZ', { as: SITE_ADMIN });
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(messagesOf(hidden.body)).toEqual(["No project could be found with key 'BET'."]);
    expect(messagesOf((await call(site(), '/rest/api/3/project/200', { as: VIEWER })).body)).toEqual(["No project could be found with id '200'."]);
  });

  it("returns the project's versions with numeric project ids and overdue flags", async () => {
    const { body } = await call(site(), '/rest/api/3/project/ALP/versions');
    expect(body).toEqual([
      {
        self: `${site().url}/rest/api/3/version/1001`,
        id: '1001',
        name: 'ALP 1.0',
        description: 'First',
        archived: false,
        released: true,
        startDate: '2026-01-01',
        releaseDate: '2026-02-15',
        projectId: 100,
      },
      {
        self: `${site().url}/rest/api/3/version/1002`,
        id: '1002',
        name: 'ALP 2.0',
        archived: false,
        released: false,
        releaseDate: '2026-03-01',
        overdue: true,
        projectId: 100,
      },
    ]);
  });

  it('returns 404 for the versions of a project the user may not browse', async () => {
    expect((await call(site(), '/rest/api/3/project/BET/versions', { as: VIEWER })).status).toBe(404);
  });
});
