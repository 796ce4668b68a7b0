import { parseFixture } from './fixture';
import { call, useSite } from './testing/client';
import { bulkPageShape, messagesOf, searchPageShape } from './testing/shapes';
import { ADMIN, VIEWER, tinySiteJson, type FixtureJson } from './testing/tinySite';

/**
 * Issue security levels: ALP-3 is at level 10100, which ADMIN holds and VIEWER (who browses ALP) does
 * not. For VIEWER the issue does not exist anywhere.
 */
function securedSiteJson(): FixtureJson {
  const json = tinySiteJson();
  json.issueSecurityLevels = [{ id: '10100', name: 'Restricted', description: 'Security incidents' }];
  for (const user of json.users) if (user.accountId === ADMIN) user.issueSecurityLevels = ['10100'];
  for (const issue of json.issues) if (issue.key === 'ALP-3') issue.fields.security = { id: '10100', name: 'Restricted' };
  return json;
}

const securedSite = () => parseFixture(securedSiteJson(), 'secured-site.json');

async function keys(site: Parameters<typeof call>[0], jql: string, as: string): Promise<(string | undefined)[]> {
  const body = (await call(site, '/rest/api/3/search/jql', { as, body: { jql, fields: ['key'] } })).body;
  return searchPageShape.parse(body).issues.map((i) => i.key);
}

describe('an issue with a security level', () => {
  const site = useSite(securedSite);

  it('returns the issue in search results only when the user holds its level', async () => {
    expect(await keys(site(), 'project = ALP', ADMIN)).toEqual(['ALP-1', 'ALP-2', 'ALP-3', 'ALP-4', 'ALP-10']);
    expect(await keys(site(), 'project = ALP', VIEWER)).toEqual(['ALP-1', 'ALP-2', 'ALP-4', 'ALP-10']);
  });

  it('returns 404 as for a missing issue when a user without the level reads it or its properties', async () => {
    for (const path of ['/rest/api/3/issue/ALP-3', '/rest/api/3/issue/1003/properties', '/rest/api/3/issue/ALP-3/properties/product-work-type']) {
      const hidden = await call(site(), path, { as: VIEWER });
      expect(hidden.status).toBe(404);
      expect(hidden.body).toEqual((await call(site(), path.replace(/ALP-3|1003/, 'ALP-404'), { as: VIEWER })).body);
    }
    expect((await call(site(), '/rest/api/3/issue/ALP-3?fields=summary', { as: ADMIN })).status).toBe(200);
  });

  it('returns no changelog and no sprint membership for it when the user lacks the level', async () => {
    const logs = bulkPageShape.parse(
      (await call(site(), '/rest/api/3/changelog/bulkfetch', { as: VIEWER, body: { issueIdsOrKeys: ['ALP-3', 'ALP-2'] } })).body,
    );
    expect(logs.issueChangeLogs.map((log) => log.issueId)).toEqual(['1002']);
    const sprint = (await call(site(), '/rest/agile/1.0/sprint/12/issue?fields=summary', { as: VIEWER })).body;
    expect(sprint).toMatchObject({ total: 1, issues: [{ key: 'ALP-2' }] });
  });

  it('returns the security field when fields=security is asked for', async () => {
    const body = (await call(site(), '/rest/api/3/search/jql', { as: ADMIN, body: { jql: 'key = ALP-3', fields: ['security'] } })).body;
    expect(searchPageShape.parse(body).issues[0]?.fields).toEqual({ security: { id: '10100', name: 'Restricted' } });
  });
});

describe('JQL on the level field', () => {
  const site = useSite(securedSite);

  it('returns issues with and without a level when asked with is EMPTY, is not EMPTY and in', async () => {
    expect(await keys(site(), 'project = ALP AND level is not EMPTY', ADMIN)).toEqual(['ALP-3']);
    expect(await keys(site(), 'project = ALP AND level in (10100, Restricted)', ADMIN)).toEqual(['ALP-3']);
    expect(await keys(site(), 'project = ALP AND level is EMPTY', ADMIN)).toEqual(['ALP-1', 'ALP-2', 'ALP-4', 'ALP-10']);
  });

  it('returns 400 when the level named is one the user does not hold', async () => {
    const response = await call(site(), '/rest/api/3/search/jql', { as: VIEWER, body: { jql: 'level in (10100)' } });
    expect(response.status).toBe(400);
    expect(messagesOf(response.body)).toEqual(["The value '10100' does not exist for the field 'level'."]);
  });
});

describe('GET /rest/api/3/project/{projectIdOrKey}/securitylevel', () => {
  const site = useSite(securedSite);

  it('returns the levels the user holds when the project is browsable', async () => {
    expect((await call(site(), '/rest/api/3/project/ALP/securitylevel', { as: ADMIN })).body).toEqual({
      levels: [{ self: `${site().url}/rest/api/3/securitylevel/10100`, id: '10100', description: 'Security incidents', name: 'Restricted' }],
    });
    expect((await call(site(), '/rest/api/3/project/ALP/securitylevel', { as: VIEWER })).body).toEqual({ levels: [] });
  });

  it('returns 404 when the user may not browse the project', async () => {
    expect((await call(site(), '/rest/api/3/project/BET/securitylevel', { as: VIEWER })).status).toBe(404);
  });
});

describe('security levels in a fixture', () => {
  function problemWith(change: (json: FixtureJson) => void): string {
    const json = securedSiteJson();
    change(json);
    try {
      parseFixture(json, 'site.json');
    } catch (error) {
      if (error instanceof Error) return error.message;
    }
    throw new Error('expected a FixtureError');
  }

  it('throws a FixtureError naming the issue when it names an unknown level', () => {
    expect(
      problemWith((json) => {
        const issue = json.issues.find((i) => i.key === 'ALP-3');
        if (issue) issue.fields.security = { id: '999', name: 'Restricted' };
      }),
    ).toBe('site.json: issues[2].fields.security.id: issue ALP-3 names security level 999, which is not in issueSecurityLevels');
  });

  it('throws a FixtureError naming the user when they hold an unknown level', () => {
    expect(
      problemWith((json) => {
        const user = json.users.find((u) => u.accountId === VIEWER);
        if (user) user.issueSecurityLevels = ['10100', '777'];
      }),
    ).toBe('site.json: users[1].issueSecurityLevels[1]: user acc:viewer holds security level 777, which is not in issueSecurityLevels');
  });
});
