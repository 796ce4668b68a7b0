import { call, useSite } from '../testing/client';
import { messagesOf, searchPageShape } from '../testing/shapes';
import { ADMIN, SITE_ADMIN, VIEWER, tinySite } from '../testing/tinySite';

const PROPERTY = '/rest/api/3/issue/ALP-3/properties/product-work-type';

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  const site = useSite(tinySite);

  it('returns every field when fields is not given', async () => {
    const { body } = await call(site(), '/rest/api/3/issue/ALP-2');
    expect(body).toMatchObject({ id: '1002', key: 'ALP-2', self: `${site().url}/rest/api/3/issue/1002` });
    expect(Object.keys(searchPageShape.shape.issues.element.parse(body).fields ?? {})).toEqual(
      expect.arrayContaining(['summary', 'status', 'parent', 'customfield_10016', 'customfield_10020']),
    );
  });

  it('returns only the requested fields and properties when both are given', async () => {
    const { body } = await call(site(), '/rest/api/3/issue/1002?fields=summary&properties=product-work-type');
    expect(body).toEqual({
      id: '1002',
      self: `${site().url}/rest/api/3/issue/1002`,
      key: 'ALP-2',
      fields: { summary: 'Alpha story' },
      properties: { 'product-work-type': { workType: 'feature' } },
    });
  });

  it("returns 404 with Jira's message for an issue the user may not browse, as for a missing one", async () => {
    const hidden = await call(site(), '/rest/api/3/issue/BET-1', { as: VIEWER });
    const missing = await call(site(), '/rest/api/3/issue/ALP-99', { as: VIEWER });
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(hidden.body).toEqual(missing.body);
    expect(messagesOf(hidden.body)).toEqual(['Issue does not exist or you do not have permission to see it.']);
  });
});

describe('issue entity properties', () => {
  const site = useSite(tinySite);

  it('returns the property keys with their self links', async () => {
    const { body } = await call(site(), '/rest/api/3/issue/ALP-2/properties');
    expect(body).toEqual({ keys: [{ self: `${site().url}/rest/api/3/issue/1002/properties/product-work-type`, key: 'product-work-type' }] });
  });

  it('returns the key and value of a property, and 404 when the issue has none by that key', async () => {
    expect((await call(site(), '/rest/api/3/issue/ALP-2/properties/product-work-type')).body).toEqual({
      key: 'product-work-type',
      value: { workType: 'feature' },
    });
    const missing = await call(site(), '/rest/api/3/issue/ALP-2/properties/toString');
    expect(missing.status).toBe(404);
    expect(messagesOf(missing.body)).toEqual(["The property with key 'toString' does not exist."]);
  });

  it('returns 201 when a property is created and 200 when it is updated, and search sees the value', async () => {
    expect((await call(site(), PROPERTY, { method: 'PUT', body: { workType: 'debt' } })).status).toBe(201);
    const first = searchPageShape.parse((await call(site(), '/rest/api/3/search/jql', { body: { jql: 'workType = debt', fields: ['key'] } })).body);
    expect(first.issues.map((i) => i.key)).toEqual(['ALP-3']);
    const updated = await call(site(), PROPERTY, { method: 'PUT', body: { workType: 'risk' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toBeUndefined();
    const second = searchPageShape.parse(
      (await call(site(), '/rest/api/3/search/jql', { body: { jql: 'workType = risk', fields: ['key'], properties: ['product-work-type'] } })).body,
    );
    expect(second.issues.map((i) => [i.key, i.properties])).toEqual([
      ['ALP-3', { 'product-work-type': { workType: 'risk' } }],
      ['BET-1', { 'product-work-type': { workType: 'risk' } }],
    ]);
  });

  it('returns fresh results for a query asked again after a write, though searches are cached', async () => {
    const query = { body: { jql: 'workType = defect', fields: ['key'] } };
    const before = searchPageShape.parse((await call(site(), '/rest/api/3/search/jql', query)).body);
    await call(site(), PROPERTY, { method: 'PUT', body: { workType: 'defect' } });
    const after = searchPageShape.parse((await call(site(), '/rest/api/3/search/jql', query)).body);
    expect(after.issues.map((i) => i.key)).toEqual([...before.issues.map((i) => i.key), 'ALP-3'].sort());
    await call(site(), PROPERTY, { method: 'DELETE' });
    const removed = searchPageShape.parse((await call(site(), '/rest/api/3/search/jql', query)).body);
    expect(removed.issues.map((i) => i.key)).toEqual(before.issues.map((i) => i.key));
  });

  it('returns 204 when a property is deleted, and 404 when it is read afterwards', async () => {
    await call(site(), '/rest/api/3/issue/ALP-1/properties/note', { method: 'PUT', body: 'hello' });
    expect((await call(site(), '/rest/api/3/issue/ALP-1/properties/note', { method: 'DELETE' })).status).toBe(204);
    expect((await call(site(), '/rest/api/3/issue/ALP-1/properties/note')).status).toBe(404);
  });

  it("returns 403 with Jira's body when the user may browse but not edit the issue", async () => {
    const response = await call(site(), PROPERTY, { method: 'PUT', body: { workType: 'defect' }, as: VIEWER });
    expect(response.status).toBe(403);
    expect(messagesOf(response.body)).toEqual(['You do not have permission to edit issue properties of this issue.']);
  });

  it('returns 404 rather than 403 when a site admin writes to an issue of a project they may not browse', async () => {
    expect((await call(site(), '/rest/api/3/issue/BET-1/properties/x', { method: 'PUT', body: 1, as: SITE_ADMIN })).status).toBe(404);
  });

  it('returns 400 when the body is not JSON', async () => {
    const response = await call(site(), PROPERTY, { method: 'PUT', rawBody: '{workType: risk}', as: ADMIN });
    expect(response.status).toBe(400);
    expect(messagesOf(response.body)).toEqual(['Invalid request payload. Refer to the REST API documentation and try again.']);
  });

  it('stores a key named like an Object member as a plain property', async () => {
    expect((await call(site(), '/rest/api/3/issue/ALP-1/properties/__proto__', { method: 'PUT', body: { polluted: true } })).status).toBe(201);
    expect((await call(site(), '/rest/api/3/issue/ALP-1/properties/__proto__')).body).toEqual({ key: '__proto__', value: { polluted: true } });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
