import { APP_AUTHORIZATION } from '../auth';
import { call, useSite } from '../testing/client';
import { messagesOf } from '../testing/shapes';
import { ADMIN, SITE_ADMIN, VIEWER, tinySite } from '../testing/tinySite';

describe('GET /rest/api/3/mypermissions', () => {
  const site = useSite(tinySite);

  it("returns each asked permission with Jira's id, name and whether the user holds it on the project", async () => {
    const { status, body } = await call(site(), '/rest/api/3/mypermissions?projectKey=ALP&permissions=BROWSE_PROJECTS,EDIT_ISSUES', { as: VIEWER });
    expect(status).toBe(200);
    expect(body).toEqual({
      permissions: {
        BROWSE_PROJECTS: {
          id: '10',
          key: 'BROWSE_PROJECTS',
          name: 'Browse Projects',
          type: 'PROJECT',
          description: 'Ability to browse projects and the issues within them.',
          havePermission: true,
        },
        EDIT_ISSUES: { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.', havePermission: false },
      },
    });
  });

  it("returns the permission on the issue's project when issueKey is given", async () => {
    const { body } = await call(site(), '/rest/api/3/mypermissions?issueKey=BET-1&permissions=EDIT_ISSUES', { as: ADMIN });
    expect(body).toMatchObject({ permissions: { EDIT_ISSUES: { havePermission: true } } });
  });

  it('returns whether the user holds it in any project when no project is named', async () => {
    const { body } = await call(site(), '/rest/api/3/mypermissions?permissions=EDIT_ISSUES', { as: VIEWER });
    expect(body).toMatchObject({ permissions: { EDIT_ISSUES: { havePermission: false } } });
  });

  it('returns the global ADMINISTER permission only to site admins', async () => {
    const asAdmin = await call(site(), '/rest/api/3/mypermissions?permissions=ADMINISTER', { as: SITE_ADMIN });
    const asOther = await call(site(), '/rest/api/3/mypermissions?permissions=ADMINISTER', { as: ADMIN });
    expect(asAdmin.body).toMatchObject({ permissions: { ADMINISTER: { type: 'GLOBAL', havePermission: true } } });
    expect(asOther.body).toMatchObject({ permissions: { ADMINISTER: { havePermission: false } } });
  });

  it('returns 404 for a project the user may not browse, as for a missing one', async () => {
    const hidden = await call(site(), '/rest/api/3/mypermissions?projectKey=BET&permissions=BROWSE_PROJECTS', { as: SITE_ADMIN });
    expect(hidden.status).toBe(404);
    expect(messagesOf(hidden.body)).toEqual(["No project could be found with key 'BET'."]);
    expect((await call(site(), '/rest/api/3/mypermissions?projectId=999&permissions=BROWSE_PROJECTS')).status).toBe(404);
    expect((await call(site(), '/rest/api/3/mypermissions?issueKey=BET-1&permissions=BROWSE_PROJECTS', { as: VIEWER })).status).toBe(404);
  });

  it('returns 400 when permissions is missing or names an unknown key', async () => {
    const missing = await call(site(), '/rest/api/3/mypermissions?projectKey=ALP');
    expect(missing.status).toBe(400);
    expect(messagesOf(missing.body)).toEqual(['The permissions parameter is required.']);
    expect((await call(site(), '/rest/api/3/mypermissions?permissions=FLY')).status).toBe(400);
  });
});

describe('POST /rest/api/3/permissions/project', () => {
  const site = useSite(tinySite);
  const permitted = (as: string | undefined, permissions: string[], authorization?: string) =>
    call(site(), '/rest/api/3/permissions/project', { as, authorization, body: { permissions } });

  it('returns the projects where the user holds every requested permission when several are asked', async () => {
    expect((await permitted(ADMIN, ['BROWSE_PROJECTS', 'EDIT_ISSUES'])).body).toEqual({
      projects: [
        { id: 100, key: 'ALP' },
        { id: 200, key: 'BET' },
      ],
    });
    expect((await permitted(VIEWER, ['BROWSE_PROJECTS'])).body).toEqual({ projects: [{ id: 100, key: 'ALP' }] });
    expect((await permitted(VIEWER, ['BROWSE_PROJECTS', 'EDIT_ISSUES'])).body).toEqual({ projects: [] });
  });

  it('returns every project when asked as the app', async () => {
    expect((await permitted(undefined, ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS'], APP_AUTHORIZATION)).body).toEqual({
      projects: [
        { id: 100, key: 'ALP' },
        { id: 200, key: 'BET' },
      ],
    });
  });

  it('returns 400 when a permission key is unknown or the body has other keys', async () => {
    const unknown = await permitted(ADMIN, ['BROWSE_PROJECTS', 'FLY']);
    expect(unknown.status).toBe(400);
    expect(messagesOf(unknown.body)).toEqual(['Unrecognized permission key(s): FLY']);
    const extra = await call(site(), '/rest/api/3/permissions/project', { body: { permissions: [], projects: [] } });
    expect(extra.status).toBe(400);
  });
});
