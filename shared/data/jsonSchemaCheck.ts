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
  // A prototype-free record: a key such as "constructor" or "__proto__" finds nothing inherited.
  const known: Record<string, JsonSchemaCheck> = Object.create(null) as Record<string, JsonSchemaCheck>;
  for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>))
    known[key] = compileJsonSchema(property);
  const required = (schema.required ?? []) as string[];
  const extra = schema.additionalProperties;
  const extraCheck = isObject(extra) ? compileJsonSchema(extra) : null;
  const nameCheck = isObject(schema.propertyNames) ? compileJsonSchema(schema.propertyNames) : null;
  checks.push((value) => {
    if (!isObject(value)) return true;
    for (const key of required) if (!Object.hasOwn(value, key)) return false;
    // Own enumerable keys only, as JSON has them; one lookup each.
    for (const key of Object.keys(value)) {
      if (nameCheck !== null && !nameCheck(key)) return false;
      const check = known[key];
      if (check !== undefined) {
        if (!check(value[key])) return false;
      } else if (extra === false || (extraCheck !== null && !extraCheck(value[key]))) return false;
    }
    return true;
  });
}

/** All of `checks` as one function, without a loop for the usual one or two. */
function allOf(checks: readonly JsonSchemaCheck[]): JsonSchemaCheck {
  const [first, second, third] = checks;
  if (first === undefined) return () => true;
  if (second === undefined) return first;
  if (third === undefined) return (value) => first(value) && second(value);
  return (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

/** Any of `checks`, without a loop for one or two. */
function anyOf(checks: readonly JsonSchemaCheck[]): JsonSchemaCheck {
  const [first, second, third] = checks;
  if (first === undefined) return () => false;
  if (second === undefined) return first;
  if (third === undefined) return (value) => first(value) || second(value);
  return (value) => {
    for (const check of checks) if (check(value)) return true;
    return false;
  };
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
        checks.push(anyOf((Array.isArray(rule) ? rule : [rule]).map((type) => typeCheck(String(type)))));
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
        checks.push((value) => {
          if (!Array.isArray(value)) return true;
          for (const entry of value) if (!item(entry)) return false;
          return true;
        });
        break;
      }
      case 'anyOf': {
        checks.push(anyOf((rule as Schema[]).map(compileJsonSchema)));
        break;
      }
      default:
        throw new UnsupportedJsonSchemaError(`Unknown keyword ${keyword}`);
    }
  }
  if (objectKeywords.some((keyword) => keyword in schema)) compileObject(schema, checks);
  return allOf(checks);
}
