import { loadFixture } from './fixture';
import { call, SAMPLE_FIXTURE, useSite } from './testing/client';
import { bulkPageShape, offsetPageShape, searchPageShape } from './testing/shapes';
import { OUTSIDER, SITE_ADMIN, VIEWER, tinySite } from './testing/tinySite';

/**
 * A project the user may not browse does not exist for them, on every endpoint. VIEWER browses ALP only;
 * SITE_ADMIN is a site admin whose permissions map also grants ALP only.
 */
describe.each([VIEWER, SITE_ADMIN])('the BET project as seen by %s', (as) => {
  const site = useSite(tinySite);

  it('is missing from project lists and answers 404 when asked for directly', async () => {
    const projects = offsetPageShape.parse((await call(site(), '/rest/api/3/project/search', { as })).body);
    expect(projects.values.map((p) => p['key'])).toEqual(['ALP']);
    expect((await call(site(), '/rest/api/3/project/search?keys=BET', { as })).body).toMatchObject({ total: 0 });
    for (const path of ['/rest/api/3/project/BET', '/rest/api/3/project/200', '/rest/api/3/project/BET/versions']) {
      expect((await call(site(), path, { as })).status).toBe(404);
    }
  });

  it('is missing from boards and sprints, which answer 404 when asked for directly', async () => {
    const boards = offsetPageShape.parse((await call(site(), '/rest/agile/1.0/board', { as })).body);
    expect(boards.values.map((b) => b['id'])).toEqual([1]);
    for (const path of [
      '/rest/agile/1.0/board/3',
      '/rest/agile/1.0/board/2/configuration',
      '/rest/agile/1.0/board/3/sprint',
      '/rest/agile/1.0/sprint/31',
      '/rest/agile/1.0/sprint/31/issue',
    ]) {
      expect((await call(site(), path, { as })).status).toBe(404);
    }
  });

  it('is missing from search results and sprint functions', async () => {
    const page = searchPageShape.parse(
      (await call(site(), '/rest/api/3/search/jql', { as, body: { jql: 'sprint in openSprints() OR workType = risk', fields: ['key'] } })).body,
    );
    expect(page.issues.map((i) => i.key)).toEqual(['ALP-2', 'ALP-3']);
  });

  it('has issues, properties and changelogs that answer as missing ones do', async () => {
    for (const path of ['/rest/api/3/issue/BET-1', '/rest/api/3/issue/2001/properties', '/rest/api/3/issue/BET-1/properties/product-work-type']) {
      const hidden = await call(site(), path, { as });
      expect(hidden.status).toBe(404);
      expect(hidden.body).toEqual((await call(site(), path.replace(/BET-1|2001/, 'ALP-404'), { as })).body);
    }
    const logs = bulkPageShape.parse((await call(site(), '/rest/api/3/changelog/bulkfetch', { as, body: { issueIdsOrKeys: ['BET-1', '2002'] } })).body);
    expect(logs.issueChangeLogs).toEqual([]);
  });

  it('answers 404 to a permission check on it', async () => {
    expect((await call(site(), '/rest/api/3/mypermissions?projectKey=BET&permissions=BROWSE_PROJECTS', { as })).status).toBe(404);
  });
});

describe('a user who may browse nothing', () => {
  const site = useSite(tinySite);

  it('sees no projects, boards or issues', async () => {
    expect((await call(site(), '/rest/api/3/project/search', { as: OUTSIDER })).body).toMatchObject({ total: 0 });
    expect((await call(site(), '/rest/agile/1.0/board', { as: OUTSIDER })).body).toMatchObject({ total: 0 });
    const search = await call(site(), '/rest/api/3/search/jql', { as: OUTSIDER, body: { jql: 'created > "2000-01-01"' } });
    expect(search.body).toEqual({ issues: [], isLast: true });
  });
});

describe('the sample site as its portfolio lead (PAY and GRT only)', () => {
  const site = useSite(() => loadFixture(SAMPLE_FIXTURE));
  const lead = '557058:lead-0002';

  it('finds no MOB issue, board or project', async () => {
    const search = searchPageShape.parse(
      (await call(site(), '/rest/api/3/search/jql', { as: lead, body: { jql: 'created > "2000-01-01"', fields: ['key'], maxResults: 5000 } })).body,
    );
    const fixture = loadFixture(SAMPLE_FIXTURE);
    expect(search.issues).toHaveLength(fixture.issues.filter((i) => i.fields.project.key !== 'MOB').length);
    expect(search.issues.some((i) => i.key?.startsWith('MOB-'))).toBe(false);
    const boards = offsetPageShape.parse((await call(site(), '/rest/agile/1.0/board', { as: lead })).body);
    expect(boards.values.map((b) => b['id'])).toEqual([1, 2, 3, 4]);
    expect((await call(site(), '/rest/api/3/project/MOB', { as: lead })).status).toBe(404);
  });
});
