import { APP_ACCOUNT_ID, APP_AUTHORIZATION } from './auth';
import { parseFixture } from './fixture';
import { call, useSite } from './testing/client';
import { searchPageShape } from './testing/shapes';
import { tinySiteJson } from './testing/tinySite';

/** Requests made as the app (Forge's `asApp()`): the tiny site with ALP-3 at a level no user holds. */
function securedSite() {
  const json = tinySiteJson();
  json.issueSecurityLevels = [{ id: '10100', name: 'Restricted', description: '' }];
  for (const issue of json.issues) if (issue.key === 'ALP-3') issue.fields.security = { id: '10100', name: 'Restricted' };
  return parseFixture(json, 'secured-site.json');
}

const asApp = { authorization: APP_AUTHORIZATION };

async function appKeys(site: Parameters<typeof call>[0], jql: string): Promise<(string | undefined)[]> {
  const body = (await call(site, '/rest/api/3/search/jql', { ...asApp, body: { jql, fields: ['key'] } })).body;
  return searchPageShape.parse(body).issues.map((i) => i.key);
}

describe('requests made as the app', () => {
  const site = useSite(securedSite);

  it('returns every issue of every project, secured ones included, when asked as the app', async () => {
    expect(await appKeys(site(), 'project in (ALP, BET)')).toEqual(['ALP-1', 'ALP-2', 'ALP-3', 'ALP-4', 'ALP-10', 'BET-1', 'BET-2']);
    expect((await call(site(), '/rest/api/3/issue/ALP-3?fields=summary', asApp)).status).toBe(200);
  });

  it('returns every requested permission as held, global ones included, when asked as the app', async () => {
    const { body } = await call(site(), '/rest/api/3/mypermissions?projectKey=BET&permissions=EDIT_ISSUES,ADMINISTER_PROJECTS,ADMINISTER', asApp);
    expect(body).toMatchObject({
      permissions: { EDIT_ISSUES: { havePermission: true }, ADMINISTER_PROJECTS: { havePermission: true }, ADMINISTER: { havePermission: true } },
    });
  });

  it('returns the app as an app account when myself is asked', async () => {
    expect((await call(site(), '/rest/api/3/myself', asApp)).body).toMatchObject({
      accountId: APP_ACCOUNT_ID,
      accountType: 'app',
      displayName: 'Product Lens',
    });
  });

  it("returns issues by the site's zone (America/Toronto, UTC-5 in February) when a JQL date has no offset", async () => {
    expect(await appKeys(site(), 'project = ALP AND created >= "2026-02-03 04:00"')).toEqual(['ALP-3', 'ALP-10']);
    expect(await appKeys(site(), 'project = ALP AND created >= "2026-02-03 04:01"')).toEqual(['ALP-10']);
  });

  it('returns 401 when the bearer token is any other', async () => {
    expect((await call(site(), '/rest/api/3/myself', { authorization: 'Bearer someone-else' })).status).toBe(401);
  });
});
