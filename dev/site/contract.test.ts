import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { APP_AUTHORIZATION } from './auth';
import { loadFixture } from './fixture';
import { componentValidator, documentedStatuses, exampleValidator, loadOpenApi, requestValidator, responseValidator, type OpenApiSpec } from './openapi';
import { call, SAMPLE_ADMIN, SAMPLE_FIXTURE, SAMPLE_V2_FIXTURE, useSite, type CallOptions } from './testing/client';

/**
 * Every endpoint's live answer against the operation's response schema in Jira's published OpenAPI
 * documents, and the request bodies the app sends against the request schemas. Keys the spec does not
 * define fail (`additionalProperties: false` is honoured).
 */
const OPENAPI_DIR = path.resolve(__dirname, '../../../shared/openapi');
const available = existsSync(OPENAPI_DIR);
const v2Available = existsSync(SAMPLE_V2_FIXTURE);
const itV2 = v2Available ? it : it.skip;
if (!available) console.warn('skipping OpenAPI contract tests: ../shared/openapi not found');
const describeContract = available ? describe : describe.skip;
const title = available ? 'OpenAPI contract of the local Jira site' : `OpenAPI contract tests (skipped: ../shared/openapi not found at ${OPENAPI_DIR})`;

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  template: string;
  path: string;
  body?: unknown;
  as?: string;
  status?: number;
}

const CASES: readonly Case[] = [
  { name: 'server info', method: 'GET', template: '/rest/api/3/serverInfo', path: '/rest/api/3/serverInfo' },
  { name: 'myself', method: 'GET', template: '/rest/api/3/myself', path: '/rest/api/3/myself' },
  { name: 'user', method: 'GET', template: '/rest/api/3/user', path: '/rest/api/3/user?accountId=557058%3Apo-0003' },
  { name: 'user search, people and the app', method: 'GET', template: '/rest/api/3/user/search', path: '/rest/api/3/user/search?query=pro' },
  {
    name: 'user bulk, a known and an unknown account',
    method: 'GET',
    template: '/rest/api/3/user/bulk',
    path: '/rest/api/3/user/bulk?accountId=557058%3Apo-0003&accountId=557058%3Aleft-9999&maxResults=1',
  },
  { name: 'fields', method: 'GET', template: '/rest/api/3/field', path: '/rest/api/3/field' },
  { name: 'statuses', method: 'GET', template: '/rest/api/3/status', path: '/rest/api/3/status' },
  { name: 'project search, first page', method: 'GET', template: '/rest/api/3/project/search', path: '/rest/api/3/project/search?maxResults=1' },
  { name: 'project', method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}', path: '/rest/api/3/project/PAY' },
  { name: 'versions', method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/versions', path: '/rest/api/3/project/GRT/versions' },
  { name: 'search GET, ids only', method: 'GET', template: '/rest/api/3/search/jql', path: '/rest/api/3/search/jql?jql=project%3DPAY' },
  {
    name: 'search GET, every field',
    method: 'GET',
    template: '/rest/api/3/search/jql',
    path: '/rest/api/3/search/jql?jql=project%3DMOB&fields=*all&properties=product-work-type&maxResults=100',
  },
  {
    name: 'search POST',
    method: 'POST',
    template: '/rest/api/3/search/jql',
    path: '/rest/api/3/search/jql',
    body: { jql: 'workType is not EMPTY', fields: ['summary', 'parent', 'customfield_10020'], properties: ['product-work-type'] },
  },
  {
    name: 'bulk changelogs',
    method: 'POST',
    template: '/rest/api/3/changelog/bulkfetch',
    path: '/rest/api/3/changelog/bulkfetch',
    body: { issueIdsOrKeys: ['PAY-21', 'PAY-36', 'GRT-1', 'MOB-5'], maxResults: 5 },
  },
  { name: 'issue', method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', path: '/rest/api/3/issue/PAY-36?properties=product-work-type' },
  { name: 'issue property keys', method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/properties', path: '/rest/api/3/issue/PAY-1/properties' },
  {
    name: 'issue property',
    method: 'GET',
    template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    path: '/rest/api/3/issue/PAY-1/properties/product-work-type',
  },
  {
    name: 'my permissions',
    method: 'GET',
    template: '/rest/api/3/mypermissions',
    path: '/rest/api/3/mypermissions?projectKey=PAY&permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER',
  },
  {
    name: 'my permissions, unknown project',
    method: 'GET',
    template: '/rest/api/3/mypermissions',
    path: '/rest/api/3/mypermissions?projectKey=MOB&permissions=BROWSE_PROJECTS',
    as: '557058:po-0003',
    status: 404,
  },
  { name: 'boards', method: 'GET', template: '/rest/agile/1.0/board', path: '/rest/agile/1.0/board?maxResults=2' },
  { name: 'board', method: 'GET', template: '/rest/agile/1.0/board/{boardId}', path: '/rest/agile/1.0/board/3' },
  { name: 'board configuration', method: 'GET', template: '/rest/agile/1.0/board/{boardId}/configuration', path: '/rest/agile/1.0/board/1/configuration' },
  {
    name: 'security levels, none',
    method: 'GET',
    template: '/rest/api/3/project/{projectKeyOrId}/securitylevel',
    path: '/rest/api/3/project/PAY/securitylevel',
  },
  {
    name: 'permitted projects',
    method: 'POST',
    template: '/rest/api/3/permissions/project',
    path: '/rest/api/3/permissions/project',
    body: { permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'] },
  },
  { name: 'board filter, default', method: 'GET', template: '/rest/api/3/filter/{id}', path: '/rest/api/3/filter/2' },
];

/** The contract-v2 sample: board columns and filters from the fixture, an issue security level. */
const V2_CASES: readonly Case[] = [
  {
    name: 'board configuration with columns',
    method: 'GET',
    template: '/rest/agile/1.0/board/{boardId}/configuration',
    path: '/rest/agile/1.0/board/1/configuration',
  },
  { name: 'board filter', method: 'GET', template: '/rest/api/3/filter/{id}', path: '/rest/api/3/filter/10400' },
  { name: 'security levels', method: 'GET', template: '/rest/api/3/project/{projectKeyOrId}/securitylevel', path: '/rest/api/3/project/PAY/securitylevel' },
  { name: 'secured issue', method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', path: '/rest/api/3/issue/PAY-9015?fields=security,summary' },
];

/** Writes, run in this order on the v2 sample after every read. */
const WRITES: readonly (Case & { method: 'POST' | 'PUT'; status: number })[] = [
  {
    name: 'transition',
    method: 'POST',
    template: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    path: '/rest/api/3/issue/PAY-164/transitions',
    body: { transition: { id: '3' } },
    status: 204,
  },
  {
    name: 'estimate edit',
    method: 'PUT',
    template: '/rest/api/3/issue/{issueIdOrKey}',
    path: '/rest/api/3/issue/PAY-164',
    body: { fields: { customfield_10016: 5 } },
    status: 204,
  },
  {
    name: 'move to sprint',
    method: 'POST',
    template: '/rest/agile/1.0/sprint/{sprintId}/issue',
    path: '/rest/agile/1.0/sprint/128/issue',
    body: { issues: ['PAY-168'] },
    status: 204,
  },
  {
    name: 'move to backlog',
    method: 'POST',
    template: '/rest/agile/1.0/backlog/issue',
    path: '/rest/agile/1.0/backlog/issue',
    body: { issues: ['PAY-168'] },
    status: 204,
  },
  {
    name: 'close sprint',
    method: 'POST',
    template: '/rest/agile/1.0/sprint/{sprintId}',
    path: '/rest/agile/1.0/sprint/127',
    body: { state: 'closed' },
    status: 200,
  },
  {
    name: 'start sprint',
    method: 'POST',
    template: '/rest/agile/1.0/sprint/{sprintId}',
    path: '/rest/agile/1.0/sprint/128',
    body: { state: 'active', endDate: '2026-11-29T06:00:00.000Z' },
    status: 200,
  },
];

/** Jira Software documents these by example only; the example's keys and types are the contract. */
const EXAMPLE_CASES: readonly Case[] = [
  { name: 'board sprints', method: 'GET', template: '/rest/agile/1.0/board/{boardId}/sprint', path: '/rest/agile/1.0/board/2/sprint' },
  { name: 'sprint, future', method: 'GET', template: '/rest/agile/1.0/sprint/{sprintId}', path: '/rest/agile/1.0/sprint/128' },
  { name: 'sprint, closed', method: 'GET', template: '/rest/agile/1.0/sprint/{sprintId}', path: '/rest/agile/1.0/sprint/101' },
];

describeContract(title, () => {
  const site = useSite(() => loadFixture(SAMPLE_FIXTURE));
  const v2Site = useSite(() => loadFixture(v2Available ? SAMPLE_V2_FIXTURE : SAMPLE_FIXTURE));
  let spec: OpenApiSpec;

  beforeAll(() => {
    spec = loadOpenApi(OPENAPI_DIR);
  });

  async function answer(c: Case): Promise<unknown> {
    const options: CallOptions = { as: c.as ?? SAMPLE_ADMIN, method: c.method, body: c.body };
    const response = await call(site(), c.path, options);
    expect(response.status).toBe(c.status ?? 200);
    return response.body;
  }

  it.each(CASES)('returns a body that fits the spec for $name', async (c) => {
    const body = await answer(c);
    expect(responseValidator(spec, c.method, c.template, c.status ?? 200)(body)).toEqual([]);
  });

  itV2.each(V2_CASES)('returns a body that fits the spec for $name on the v2 sample', async (c) => {
    const body = (await call(v2Site(), c.path, { as: SAMPLE_ADMIN, method: c.method, body: c.body })).body;
    expect(responseValidator(spec, c.method, c.template, 200)(body)).toEqual([]);
  });

  it.each(EXAMPLE_CASES)('returns a body with only the documented keys and types for $name', async (c) => {
    const body = await answer(c);
    expect(exampleValidator(spec, c.method, c.template, 200)(body)).toEqual([]);
  });

  it.each([
    ['/rest/agile/1.0/sprint/{sprintId}/issue', '/rest/agile/1.0/sprint/127/issue?maxResults=5'],
    ['/rest/agile/1.0/board/{boardId}/sprint/{sprintId}/issue', '/rest/agile/1.0/board/1/sprint/101/issue?fields=summary,status'],
  ])('returns IssueBeans that fit the platform schema from %s', async (_template, pathAndQuery) => {
    const { issues } = z.object({ issues: z.array(z.unknown()) }).parse((await call(site(), pathAndQuery, { as: SAMPLE_ADMIN })).body);
    expect(issues.length).toBeGreaterThan(0);
    const issueBean = componentValidator(spec, 'IssueBean');
    expect(issues.flatMap((issue) => issueBean(issue))).toEqual([]);
  });

  it('answers a property write with a status the spec documents', async () => {
    const path = '/rest/api/3/issue/PAY-2/properties/contract-check';
    const created = await call(site(), path, { as: SAMPLE_ADMIN, method: 'PUT', body: { ok: true } });
    const updated = await call(site(), path, { as: SAMPLE_ADMIN, method: 'PUT', body: { ok: false } });
    expect([created.status, updated.status]).toEqual([201, 200]);
    expect(responseValidator(spec, 'PUT', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', 201)(created.body)).toEqual([]);
  });

  it("returns the transitions of an issue in the spec's shape", async () => {
    const { body } = await call(v2Site(), '/rest/api/3/issue/PAY-164/transitions', { as: SAMPLE_ADMIN });
    expect(responseValidator(spec, 'GET', '/rest/api/3/issue/{issueIdOrKey}/transitions', 200)(body)).toEqual([]);
  });

  it.each(WRITES)('accepts the request body and answers with a documented status for $name', async (c) => {
    expect(requestValidator(spec, c.method, c.template)(c.body)).toEqual([]);
    const response = await call(v2Site(), c.path, { as: SAMPLE_ADMIN, method: c.method, body: c.body });
    expect(response.status).toBe(c.status);
    expect(documentedStatuses(spec, c.method, c.template)).toContain(String(c.status));
    if (c.status === 200) expect(exampleValidator(spec, c.method, c.template, 200)(response.body)).toEqual([]);
  });

  it('answers an issue delete by the app with the status the spec documents', async () => {
    const response = await call(v2Site(), '/rest/api/3/issue/PAY-170', { method: 'DELETE', authorization: APP_AUTHORIZATION });
    expect(response.status).toBe(204);
    expect(documentedStatuses(spec, 'DELETE', '/rest/api/3/issue/{issueIdOrKey}')).toContain('204');
  });

  it('catches a key the spec does not define when one is added to a live answer', async () => {
    const body = await answer(CASES[0] ?? { name: '', method: 'GET', template: '', path: '' });
    const withInvented = { ...(typeof body === 'object' && body !== null ? body : {}), serverMood: 'sunny' };
    expect(responseValidator(spec, 'GET', '/rest/api/3/serverInfo', 200)(withInvented)).toEqual(["/: must NOT have additional properties ('serverMood')"]);
  });

  it('accepts the search request body the app sends, and rejects one with an unknown key', () => {
    const validate = requestValidator(spec, 'POST', '/rest/api/3/search/jql');
    const appBody: unknown = JSON.parse(
      JSON.stringify({ jql: 'project = PAY', fields: ['key', 'summary'], properties: ['product-work-type'], maxResults: 100, nextPageToken: undefined }),
    );
    expect(validate(appBody)).toEqual([]);
    expect(validate({ jql: 'project = PAY', startAt: 0 })).toEqual(["/: must NOT have additional properties ('startAt')"]);
  });

  it('accepts the bulk changelog request body the app sends, and rejects one over the limits', () => {
    const validate = requestValidator(spec, 'POST', '/rest/api/3/changelog/bulkfetch');
    expect(validate({ issueIdsOrKeys: ['10001', '10002'], fieldIds: ['status', 'customfield_10020'], maxResults: 10000, nextPageToken: 'abc' })).toEqual([]);
    expect(validate({ issueIdsOrKeys: [], maxResults: 10001 })).toEqual(['/issueIdsOrKeys: must NOT have fewer than 1 items', '/maxResults: must be <= 10000']);
  });
});
