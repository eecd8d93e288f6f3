import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { buildFeedbackFile, feedbackFileSchema } from '../../../../shared/coach/feedbackFile';
import { comment, feedbackInput } from './feedbackFixtures';

const schemaPath = fileURLToPath(new URL('../../../../docs/feedback-format.schema.json', import.meta.url));

/** Generated as docs/export-format.schema.json is (see exportJsonSchema.test.ts), from the zod schema. */
async function generatedSchema(): Promise<string> {
  const schema = z.toJSONSchema(feedbackFileSchema, { io: 'output', unrepresentable: 'any' });
  const config = (await prettier.resolveConfig(schemaPath)) ?? {};
  return prettier.format(JSON.stringify(schema), { ...config, parser: 'json' });
}

function readCommittedSchema(): string {
  return existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : '';
}

describe('docs/feedback-format.schema.json', () => {
  it('is the schema the zod feedback format generates', async () => {
    const expected = await generatedSchema();
    if (process.env.UPDATE_SCHEMAS === '1') {
      writeFileSync(schemaPath, expected);
      console.log(`Wrote ${schemaPath}`);
    }
    expect(readCommittedSchema(), 'The committed JSON Schema is out of date: run npm run schemas').toBe(
      expected,
    );
  });

  it('accepts a built feedback file and refuses files that break the format', () => {
    expect(existsSync(schemaPath), 'The JSON Schema file is missing: run npm run schemas').toBe(true);
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readCommittedSchema()) as object);
    const describeErrors = (errors: ErrorObject[] | null | undefined) =>
      (errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword}`);

    const file = JSON.parse(buildFeedbackFile(feedbackInput({ sessionNotes: 'Budget talk.' }))) as Record<
      string,
      unknown
    >;
    expect(describeErrors(validate(file) ? [] : validate.errors)).toEqual([]);
    expect(validate({ ...file, version: 2 })).toBe(false);
    expect(validate({ ...file, comments: [{ ...comment(1), mood: 'good' }] })).toBe(false);
    expect(
      describeErrors(validate({ ...file, comments: [{ ...comment(1), text: '' }] }) ? [] : validate.errors),
    ).toContain('/comments/0/text must NOT have fewer than 1 characters');
  });
});
