import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadFixture } from './fixture';
import { componentValidator, exampleValidator, loadOpenApi, requestValidator, responseValidator, type OpenApiSpec } from './openapi';
import { call, SAMPLE_ADMIN, SAMPLE_FIXTURE, useSite, type CallOptions } from './testing/client';

/**
 * Every endpoint's live answer against the operation's response schema in Jira's published OpenAPI
 * documents, and the request bodies the app sends against the request schemas. Keys the spec does not
 * define fail (`additionalProperties: false` is honoured).
 */
const OPENAPI_DIR = path.resolve(__dirname, '../../../shared/openapi');
const available = existsSync(OPENAPI_DIR);
if (!available) console.warn('skipping OpenAPI contract tests: ../shared/openapi not found');
const describeContract = available ? describe : describe.skip;
const title = available ? 'OpenAPI contract of the local Jira site' : `OpenAPI contract tests (skipped: ../shared/openapi not found at ${OPENAPI_DIR})`;

interface Case {
  name: string;
  method: 'GET' | 'POST';
  template: string;
  path: string;
  body?: unknown;
  as?: string;
  status?: number;
}

const CASES: readonly Case[] = [
  { name: 'server info', method: 'GET', template: '/rest/api/3/serverInfo', path: '/rest/api/3/serverInfo' },
  { name: 'myself', method: 'GET', template: '/rest/api/3/myself', path: '/rest/api/3/myself' },
  { name: 'fields', method: 'GET', template: '/rest/api/3/field', path: '/rest/api/3/field' },
  { name: 'statuses', method: 'GET', template: '/rest/api/3/status', path: '/rest/api/3/status' },
  { name: 'project search, first page', method: 'GET', template: '/rest/api/3/project/search', path: '/rest/api/3/project/search?maxResults=1' },
  { name: 'project', method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}', path: '/rest/api/3/project/PAY' },
  { name: 'versions', method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/versions', path: '/rest/api/3/project/GRT/versions' },
  { name: 'search GET, ids only', method: 'GET', template: '/rest/api/3/search/jql', path: '/rest/api/3/search/jql?jql=project%3DPAY' },
  { name: 'search GET, every field', method: 'GET', template: '/rest/api/3/search/jql', path: '/rest/api/3/search/jql?jql=project%3DMOB&fields=*all&properties=product-work-type&maxResults=100' },
  { name: 'search POST', method: 'POST', template: '/rest/api/3/search/jql', path: '/rest/api/3/search/jql', body: { jql: 'workType is not EMPTY', fields: ['summary', 'parent', 'customfield_10020'], properties: ['product-work-type'] } },
  { name: 'bulk changelogs', method: 'POST', template: '/rest/api/3/changelog/bulkfetch', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['PAY-21', 'PAY-36', 'GRT-1', 'MOB-5'], maxResults: 5 } },
  { name: 'issue', method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', path: '/rest/api/3/issue/PAY-36?properties=product-work-type' },
  { name: 'issue property keys', method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/properties', path: '/rest/api/3/issue/PAY-1/properties' },
  { name: 'issue property', method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', path: '/rest/api/3/issue/PAY-1/properties/product-work-type' },
  { name: 'my permissions', method: 'GET', template: '/rest/api/3/mypermissions', path: '/rest/api/3/mypermissions?projectKey=PAY&permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER' },
  { name: 'my permissions, unknown project', method: 'GET', template: '/rest/api/3/mypermissions', path: '/rest/api/3/mypermissions?projectKey=MOB&permissions=BROWSE_PROJECTS', as: '557058:po-0003', status: 404 },
  { name: 'boards', method: 'GET', template: '/rest/agile/1.0/board', path: '/rest/agile/1.0/board?maxResults=2' },
  { name: 'board', method: 'GET', template: '/rest/agile/1.0/board/{boardId}', path: '/rest/agile/1.0/board/3' },
  { name: 'board configuration', method: 'GET', template: '/rest/agile/1.0/board/{boardId}/configuration', path: '/rest/agile/1.0/board/1/configuration' },
];

/** Jira Software documents these by example only; the example's keys and types are the contract. */
const EXAMPLE_CASES: readonly Case[] = [
  { name: 'board sprints', method: 'GET', template: '/rest/agile/1.0/board/{boardId}/sprint', path: '/rest/agile/1.0/board/2/sprint' },
  { name: 'sprint, future', method: 'GET', template: '/rest/agile/1.0/sprint/{sprintId}', path: '/rest/agile/1.0/sprint/128' },
  { name: 'sprint, closed', method: 'GET', template: '/rest/agile/1.0/sprint/{sprintId}', path: '/rest/agile/1.0/sprint/101' },
];

describeContract(title, () => {
  const site = useSite(() => loadFixture(SAMPLE_FIXTURE));
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

  it('catches a key the spec does not define when one is added to a live answer', async () => {
    const body = await answer(CASES[0] ?? { name: '', method: 'GET', template: '', path: '' });
    const withInvented = { ...(typeof body === 'object' && body !== null ? body : {}), serverMood: 'sunny' };
    expect(responseValidator(spec, 'GET', '/rest/api/3/serverInfo', 200)(withInvented)).toEqual(["/: must NOT have additional properties ('serverMood')"]);
  });

  it('accepts the search request body the app sends, and rejects one with an unknown key', () => {
    const validate = requestValidator(spec, 'POST', '/rest/api/3/search/jql');
    const appBody: unknown = JSON.parse(JSON.stringify({ jql: 'project = PAY', fields: ['key', 'summary'], properties: ['product-work-type'], maxResults: 100, nextPageToken: undefined }));
    expect(validate(appBody)).toEqual([]);
    expect(validate({ jql: 'project = PAY', startAt: 0 })).toEqual(["/: must NOT have additional properties ('startAt')"]);
  });

  it('accepts the bulk changelog request body the app sends, and rejects one over the limits', () => {
    const validate = requestValidator(spec, 'POST', '/rest/api/3/changelog/bulkfetch');
    expect(validate({ issueIdsOrKeys: ['10001', '10002'], fieldIds: ['status', 'customfield_10020'], maxResults: 10000, nextPageToken: 'abc' })).toEqual([]);
    expect(validate({ issueIdsOrKeys: [], maxResults: 10001 })).toEqual(['/issueIdsOrKeys: must NOT have fewer than 1 items', '/maxResults: must be <= 10000']);
  });
});
