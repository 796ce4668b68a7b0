/**
 * OpenAPI 3.0 schema objects to JSON Schema (draft-07) for ajv: `#/components/schemas/X` references
 * become `#/definitions/X` (only those reachable are copied), `nullable` becomes a `null` type, and
 * OpenAPI-only annotations (`readOnly`, `example`, `xml`…) are dropped. `additionalProperties: false`
 * is kept, so a key the spec does not define fails validation.
 */
export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DROPPED = new Set(['readOnly', 'writeOnly', 'example', 'examples', 'xml', 'discriminator', 'externalDocs', 'deprecated', 'nullable']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const COMPONENT_REF = '#/components/schemas/';

export class SchemaConverter {
  readonly definitions: JsonObject = {};

  constructor(private readonly components: JsonObject) {}

  convert(schema: unknown): unknown {
    if (!isObject(schema)) return schema;
    if (typeof schema['$ref'] === 'string') return this.reference(schema['$ref']);
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(schema)) {
      if (DROPPED.has(key)) continue;
      if (SCHEMA_MAPS.has(key) && isObject(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, this.convert(sub)]));
      } else if (SCHEMA_VALUES.has(key)) {
        out[key] = this.convert(value);
      } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
        out[key] = value.map((sub) => this.convert(sub));
      } else {
        out[key] = value;
      }
    }
    return schema['nullable'] === true ? allowNull(out) : out;
  }

  private reference(ref: string): JsonObject {
    if (!ref.startsWith(COMPONENT_REF)) throw new Error(`unsupported $ref '${ref}': only ${COMPONENT_REF}… is resolved`);
    const name = ref.slice(COMPONENT_REF.length);
    if (!(name in this.definitions)) {
      const target = this.components[name];
      if (target === undefined) throw new Error(`$ref '${ref}' names no schema in components.schemas`);
      this.definitions[name] = {};
      this.definitions[name] = this.convert(target);
    }
    return { $ref: `#/definitions/${name}` };
  }
}

function allowNull(schema: JsonObject): JsonObject {
  const withNullEnum = Array.isArray(schema['enum']) ? { ...schema, enum: [...(schema['enum'] as unknown[]), null] } : schema;
  if (typeof schema['type'] === 'string') return { ...withNullEnum, type: [schema['type'], 'null'] };
  return { anyOf: [withNullEnum, { type: 'null' }] };
}

/**
 * A closed schema inferred from an example, for operations the spec documents by example only (Jira
 * Software's sprint endpoints): every key must be one the example shows, with the example's type.
 */
export function schemaFromExamples(samples: readonly unknown[]): JsonObject {
  const present = samples.filter((sample) => sample !== null && sample !== undefined);
  if (present.length === 0) return {};
  if (present.every(isObject)) {
    const keys = [...new Set(present.flatMap((sample) => Object.keys(sample)))];
    const properties = Object.fromEntries(keys.map((key) => [key, schemaFromExamples(present.map((sample) => sample[key]))]));
    return { type: 'object', properties, additionalProperties: false };
  }
  if (present.every(Array.isArray)) return { type: 'array', items: schemaFromExamples(present.flat()) };
  if (present.every((sample) => typeof sample === 'number')) {
    return { type: present.every((sample) => Number.isInteger(sample)) ? 'integer' : 'number' };
  }
  if (present.every((sample) => typeof sample === 'string')) return { type: 'string' };
  if (present.every((sample) => typeof sample === 'boolean')) return { type: 'boolean' };
  return {};
}
