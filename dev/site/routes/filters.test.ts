import { existsSync } from 'node:fs';
import { loadFixture } from '../fixture';
import { call, SAMPLE_ADMIN, SAMPLE_V2_FIXTURE, useSite } from '../testing/client';
import { messagesOf } from '../testing/shapes';
import { VIEWER, tinySite } from '../testing/tinySite';

describe('board filters on the tiny site (no filter in the fixture)', () => {
  const site = useSite(tinySite);

  it('returns the default filter, with the board id as its id, when the fixture names none', async () => {
    const { body } = await call(site(), '/rest/api/3/filter/1');
    expect(body).toEqual({
      self: `${site().url}/rest/api/3/filter/1`,
      id: '1',
      name: 'Filter for Alpha board',
      jql: 'project = ALP ORDER BY Rank ASC',
      searchUrl: `${site().url}/rest/api/3/search/jql?jql=project+%3D+ALP+ORDER+BY+Rank+ASC`,
    });
  });

  it("returns 400 with Jira's message when the filter is missing or its board is not visible", async () => {
    for (const path of ['/rest/api/3/filter/99', '/rest/api/3/filter/3']) {
      const response = await call(site(), path, { as: VIEWER });
      expect(response.status).toBe(400);
      expect(messagesOf(response.body)).toEqual(['The selected filter is not available to you, perhaps it has been deleted or had its permissions changed.']);
    }
  });
});

const describeV2 = existsSync(SAMPLE_V2_FIXTURE) ? describe : describe.skip;

describeV2('the contract-v2 sample site', () => {
  const site = useSite(() => loadFixture(SAMPLE_V2_FIXTURE));

  it("returns the fixture's columns and filter id in a board configuration when it has them", async () => {
    const { body } = await call(site(), '/rest/agile/1.0/board/1/configuration', { as: SAMPLE_ADMIN });
    expect(body).toMatchObject({
      filter: { id: '10400' },
      columnConfig: {
        columns: [
          { name: 'To Do', statuses: [{ id: '10000' }] },
          { name: 'In Progress', statuses: [{ id: '3' }, { id: '10001' }] },
          { name: "Won't Do" },
          { name: 'Done' },
        ],
      },
    });
  });

  it('returns the board filter the fixture names when asked by its id', async () => {
    const { body } = await call(site(), '/rest/api/3/filter/10400', { as: SAMPLE_ADMIN });
    expect(body).toMatchObject({ id: '10400', name: 'Filter for PAY Team A', jql: 'project in (PAY, GRT) ORDER BY Rank ASC' });
  });

  it('returns the secured issue only when the user holds its level', async () => {
    expect((await call(site(), '/rest/api/3/issue/PAY-9015?fields=security', { as: SAMPLE_ADMIN })).body).toMatchObject({
      fields: { security: { id: '10100' } },
    });
    expect((await call(site(), '/rest/api/3/issue/PAY-9015', { as: '557058:lead-0002' })).status).toBe(404);
  });
});
