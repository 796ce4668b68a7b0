import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { componentValidator, exampleValidator, loadOpenApi, requestValidator, responseValidator, type OpenApiSpec } from './openapi';

/** A literal OpenAPI 3.0 document exercising what the converter must handle. */
const DOCUMENT = {
  openapi: '3.0.1',
  paths: {
    '/thing/{id}': {
      get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } } },
      post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } }, responses: {} },
    },
    '/list': {
      get: { responses: { '200': { content: { 'application/json': { example: '{"total":1,"values":[{"id":7,"name":"x"},{"id":8,"goal":"g"}]}' } } } } },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: {
          id: { type: 'string', readOnly: true },
          when: { type: 'string', format: 'date-time' },
          note: { type: 'string', nullable: true },
          kind: { type: 'string', enum: ['a', 'b'], nullable: true },
          parent: { allOf: [{ $ref: '#/components/schemas/Thing' }], readOnly: true },
          toString: { type: 'string' },
          example: { type: 'integer' },
        },
      },
    },
  },
};

function literalSpec(): OpenApiSpec {
  const dir = mkdtempSync(path.join(tmpdir(), 'openapi-'));
  writeFileSync(path.join(dir, 'thing.v3.json'), JSON.stringify(DOCUMENT));
  writeFileSync(path.join(dir, 'notes.json'), JSON.stringify({ not: 'an OpenAPI document' }));
  return loadOpenApi(dir);
}

describe('openapi validators', () => {
  const spec = literalSpec();
  const thing = responseValidator(spec, 'GET', '/thing/{id}', 200);

  it('loads only the OpenAPI documents of a directory', () => {
    expect(spec.documents.map((d) => d.file)).toEqual(['thing.v3.json']);
  });

  it('returns no problems when a value fits the schema, refs and nullables included', () => {
    expect(thing({ id: '1', when: '2026-01-31T09:00:00.000+0000', note: null, kind: null, parent: { id: '0', kind: 'a' }, example: 3 })).toEqual([]);
  });

  it('returns the extra key when additionalProperties is false, however deep', () => {
    expect(thing({ id: '1', invented: true })).toEqual(["/: must NOT have additional properties ('invented')"]);
    expect(thing({ id: '1', parent: { id: '0', extra: 1 } })).toEqual(["/parent: must NOT have additional properties ('extra')"]);
  });

  it('returns type, enum, required and format problems with their paths', () => {
    const problems = thing({ note: 3, kind: 'c', when: 'yesterday' });
    expect(problems).toEqual(
      expect.arrayContaining([
        "/: must have required property 'id'",
        '/note: must be string,null',
        '/kind: must be equal to one of the allowed values',
        '/when: must match format "date-time"',
      ]),
    );
  });

  it('does not mistake an inherited Object member for a present key when the schema names one', () => {
    expect(thing({ id: '1' })).toEqual([]);
  });

  it('validates request bodies against the request schema', () => {
    expect(requestValidator(spec, 'POST', '/thing/{id}')({ id: 'x', extra: 1 })).toEqual(["/: must NOT have additional properties ('extra')"]);
  });

  it('validates against a named component', () => {
    expect(componentValidator(spec, 'Thing')({})).toEqual(["/: must have required property 'id'"]);
  });

  it('infers a closed schema from the example when an operation has only an example', () => {
    const list = exampleValidator(spec, 'GET', '/list', 200);
    expect(list({ total: 2, values: [{ id: 1, goal: 'x' }] })).toEqual([]);
    expect(list({ total: 2, values: [{ id: '1', extra: true }] })).toEqual([
      "/values/0: must NOT have additional properties ('extra')",
      '/values/0/id: must be integer',
    ]);
  });

  it('throws naming the operation when it is not in the spec or has no schema', () => {
    expect(() => responseValidator(spec, 'GET', '/nowhere', 200)).toThrow('GET /nowhere: no such operation in thing.v3.json');
    expect(() => responseValidator(spec, 'GET', '/list', 200)).toThrow('GET /list: the spec gives no JSON schema for a 200 response');
  });

  it('throws when the directory does not exist', () => {
    expect(() => loadOpenApi('/no/such/dir')).toThrow('/no/such/dir: OpenAPI directory not found');
  });
});
