/**
 * A small checker for the part of JSON Schema our zod schemas generate (types, enums, lengths,
 * patterns, object and array shapes), compiled once into plain functions. An export checks each
 * stored reflection with it: far cheaper than running zod on 50,000 records again, and what it
 * accepts is valid against the published schema (docs/export-format.schema.json). Anything it
 * refuses is handed to zod, which fills defaults or names the field that is wrong.
 */

/** Whether a value fits; the compiled form of one schema. */
export type JsonSchemaCheck = (value: unknown) => boolean;

type Schema = Readonly<Record<string, unknown>>;

/** Keywords that describe but never refuse (format is not checked by the published schema's readers either). */
const descriptive = new Set(['default', 'description', 'title', 'format', '$schema', 'examples', 'id']);

export class UnsupportedJsonSchemaError extends Error {
  override name = 'UnsupportedJsonSchemaError';
}

const codePoints = (text: string) => {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
};

/** UTF-16 length is never below the code point count, so it only decides the clear cases. */
function withinMax(text: string, max: number): boolean {
  return text.length <= max || codePoints(text) <= max;
}

function withinMin(text: string, min: number): boolean {
  return text.length >= min && (text.length >= 2 * min || codePoints(text) >= min);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeCheck(type: string): JsonSchemaCheck {
  switch (type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return (value) => Number.isInteger(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'object':
      return isObject;
    case 'array':
      return Array.isArray;
    default:
      throw new UnsupportedJsonSchemaError(`Unknown type ${type}`);
  }
}

function compileObject(schema: Schema, checks: JsonSchemaCheck[]): void {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>).map(
    ([key, property]) => [key, compileJsonSchema(property)] as const,
  );
  const known = new Map(properties);
  const required = (schema.required ?? []) as string[];
  const extra = schema.additionalProperties;
  const extraCheck = isObject(extra) ? compileJsonSchema(extra) : null;
  const nameCheck = isObject(schema.propertyNames) ? compileJsonSchema(schema.propertyNames) : null;
  checks.push((value) => {
    if (!isObject(value)) return true;
    for (const key of required) if (!Object.hasOwn(value, key)) return false;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (nameCheck !== null && !nameCheck(key)) return false;
      const check = known.get(key);
      if (check !== undefined) {
        if (!check(value[key])) return false;
      } else if (extra === false || (extraCheck !== null && !extraCheck(value[key]))) return false;
    }
    return true;
  });
}

/** Compiles a schema; throws UnsupportedJsonSchemaError for a keyword it does not know, so nothing is waved through. */
export function compileJsonSchema(schema: Schema): JsonSchemaCheck {
  const checks: JsonSchemaCheck[] = [];
  const objectKeywords = ['properties', 'required', 'additionalProperties', 'propertyNames'];
  for (const keyword of Object.keys(schema)) {
    if (descriptive.has(keyword) || objectKeywords.includes(keyword)) continue;
    const rule = schema[keyword];
    switch (keyword) {
      case 'type': {
        const types = (Array.isArray(rule) ? rule : [rule]).map((type) => typeCheck(String(type)));
        checks.push((value) => types.some((check) => check(value)));
        break;
      }
      case 'enum': {
        const allowed = new Set(rule as unknown[]);
        checks.push((value) => allowed.has(value));
        break;
      }
      case 'const':
        checks.push((value) => value === rule);
        break;
      case 'maxLength':
        checks.push((value) => typeof value !== 'string' || withinMax(value, rule as number));
        break;
      case 'minLength':
        checks.push((value) => typeof value !== 'string' || withinMin(value, rule as number));
        break;
      case 'pattern': {
        const pattern = new RegExp(rule as string, 'u');
        checks.push((value) => typeof value !== 'string' || pattern.test(value));
        break;
      }
      case 'minimum':
        checks.push((value) => typeof value !== 'number' || value >= (rule as number));
        break;
      case 'maximum':
        checks.push((value) => typeof value !== 'number' || value <= (rule as number));
        break;
      case 'maxItems':
        checks.push((value) => !Array.isArray(value) || value.length <= (rule as number));
        break;
      case 'minItems':
        checks.push((value) => !Array.isArray(value) || value.length >= (rule as number));
        break;
      case 'items': {
        const item = compileJsonSchema(rule as Schema);
        checks.push((value) => !Array.isArray(value) || value.every((entry) => item(entry)));
        break;
      }
      case 'anyOf': {
        const options = (rule as Schema[]).map(compileJsonSchema);
        checks.push((value) => options.some((check) => check(value)));
        break;
      }
      default:
        throw new UnsupportedJsonSchemaError(`Unknown keyword ${keyword}`);
    }
  }
  if (objectKeywords.some((keyword) => keyword in schema)) compileObject(schema, checks);
  return (value) => checks.every((check) => check(value));
}
