import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isObject, SchemaConverter, schemaFromExamples, type JsonObject } from './openapiSchema';

/**
 * Validation of JSON against Jira's published OpenAPI documents (../shared/openapi/), for contract
 * tests: what the local site answers, and what the app sends, must fit the operation's schema.
 */
export interface OpenApiDocument {
  file: string;
  paths: JsonObject;
  components: JsonObject;
}

export interface OpenApiSpec {
  dir: string;
  documents: readonly OpenApiDocument[];
}

/** Problems found, as `/issues/0/fields: must be object`; empty when the value fits. */
export type Validate = (value: unknown) => string[];

/** Every OpenAPI document (`*.json` with `openapi` and `paths`) in a directory. */
export function loadOpenApi(dir: string): OpenApiSpec {
  if (!existsSync(dir)) throw new Error(`${dir}: OpenAPI directory not found`);
  const documents = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file): OpenApiDocument[] => {
      const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      if (!isObject(json) || typeof json['openapi'] !== 'string' || !isObject(json['paths'])) return [];
      const schemas = isObject(json['components']) && isObject(json['components']['schemas']) ? json['components']['schemas'] : {};
      return [{ file, paths: json['paths'], components: schemas }];
    });
  return { dir, documents };
}

/** Jira writes offsets without a colon (`+0000`), which RFC 3339's `date-time` does not allow. */
const JIRA_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function newAjv(): Ajv {
  // ownProperties: Jira's change items have a `toString` key, which must not match Object.prototype.toString.
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, ownProperties: true });
  addFormats(ajv);
  ajv.addFormat('date-time', JIRA_DATE_TIME);
  ajv.addFormat('URL', true);
  return ajv;
}

function describe(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath === '' ? '/' : error.instancePath;
    const extra = 'additionalProperty' in error.params ? ` ('${String(error.params['additionalProperty'])}')` : '';
    return `${where}: ${error.message ?? 'invalid'}${extra}`;
  });
}

function toValidate(validate: ValidateFunction): Validate {
  return (value) => (validate(value) ? [] : describe(validate.errors));
}

function compileIn(document: OpenApiDocument, schema: unknown): Validate {
  const converter = new SchemaConverter(document.components);
  const root = converter.convert(schema);
  const withDefinitions = isObject(root) ? { ...root, definitions: converter.definitions } : root;
  return toValidate(newAjv().compile(isObject(withDefinitions) ? withDefinitions : {}));
}

interface Operation {
  document: OpenApiDocument;
  operation: JsonObject;
  name: string;
}

function findOperation(spec: OpenApiSpec, method: string, pathTemplate: string): Operation {
  const name = `${method.toUpperCase()} ${pathTemplate}`;
  for (const document of spec.documents) {
    const item = document.paths[pathTemplate];
    const operation = isObject(item) ? item[method.toLowerCase()] : undefined;
    if (isObject(operation)) return { document, operation, name };
  }
  throw new Error(`${name}: no such operation in ${spec.documents.map((d) => d.file).join(', ')}`);
}

function jsonContent(holder: unknown): JsonObject | undefined {
  const content = isObject(holder) ? holder['content'] : undefined;
  const json = isObject(content) ? content['application/json'] : undefined;
  return isObject(json) ? json : undefined;
}

/** The response statuses the operation documents, e.g. `['204', '400', '401']`. */
export function documentedStatuses(spec: OpenApiSpec, method: string, pathTemplate: string): string[] {
  const { operation } = findOperation(spec, method, pathTemplate);
  return isObject(operation['responses']) ? Object.keys(operation['responses']) : [];
}

/** Validates a response body against the operation's response schema for `status`. */
export function responseValidator(spec: OpenApiSpec, method: string, pathTemplate: string, status: number): Validate {
  const { document, operation, name } = findOperation(spec, method, pathTemplate);
  const responses = isObject(operation['responses']) ? operation['responses'] : {};
  const schema = jsonContent(responses[String(status)])?.['schema'];
  if (!isObject(schema)) throw new Error(`${name}: the spec gives no JSON schema for a ${status} response`);
  return compileIn(document, schema);
}

/** Validates a request body against the operation's request body schema. */
export function requestValidator(spec: OpenApiSpec, method: string, pathTemplate: string): Validate {
  const { document, operation, name } = findOperation(spec, method, pathTemplate);
  const schema = jsonContent(operation['requestBody'])?.['schema'];
  if (!isObject(schema)) throw new Error(`${name}: the spec gives no JSON schema for the request body`);
  return compileIn(document, schema);
}

/** Validates a value against a named component schema, e.g. `IssueBean`. */
export function componentValidator(spec: OpenApiSpec, component: string): Validate {
  const document = spec.documents.find((d) => d.components[component] !== undefined);
  if (!document) throw new Error(`no component schema named ${component}`);
  return compileIn(document, { $ref: `#/components/schemas/${component}` });
}

/** The documented example of a response, parsed; undefined when the spec has none. */
export function responseExample(spec: OpenApiSpec, method: string, pathTemplate: string, status: number): unknown {
  const { operation } = findOperation(spec, method, pathTemplate);
  const responses = isObject(operation['responses']) ? operation['responses'] : {};
  const example = jsonContent(responses[String(status)])?.['example'];
  return typeof example === 'string' ? JSON.parse(example) : example;
}

/**
 * For operations documented by example only: a closed schema inferred from the example, so keys the
 * example does not show, or values of another type, are reported.
 */
export function exampleValidator(spec: OpenApiSpec, method: string, pathTemplate: string, status: number): Validate {
  const example = responseExample(spec, method, pathTemplate, status);
  if (example === undefined) throw new Error(`${method.toUpperCase()} ${pathTemplate}: the spec gives no example for a ${status} response`);
  return toValidate(newAjv().compile(schemaFromExamples([example])));
}
