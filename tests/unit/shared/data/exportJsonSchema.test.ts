import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { buildJsonExport, serializeJournalExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions, journalExportSchema } from '../../../../shared/data/exportFormat';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import { buildFollowUpReminder } from '../../../../shared/reminders/followUpReminder';
import { JOURNAL_ID, NOW, customPrinciple, emptySnapshot, preparation } from './exportFixtures';

const schemaPath = fileURLToPath(new URL('../../../../docs/export-format.schema.json', import.meta.url));

/**
 * The schema as the zod schemas describe the files we write ('output': fields with defaults are
 * always present). Checks zod cannot express in JSON Schema (real calendar dates, ids that refer to
 * records in the file) are left to the app; formatted by the repo's Prettier so `npm run lint` agrees.
 */
async function generatedSchema(): Promise<string> {
  const schema = z.toJSONSchema(journalExportSchema, { io: 'output', unrepresentable: 'any' });
  const config = (await prettier.resolveConfig(schemaPath)) ?? {};
  return prettier.format(JSON.stringify(schema), { ...config, parser: 'json' });
}

function readCommittedSchema(): string {
  return existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : '';
}

describe('docs/export-format.schema.json', () => {
  it('is the schema the zod export format generates', async () => {
    const expected = await generatedSchema();
    if (process.env.UPDATE_SCHEMAS === '1') {
      writeFileSync(schemaPath, expected);
      console.log(`Wrote ${schemaPath}`);
    }
    expect(readCommittedSchema(), 'The committed JSON Schema is out of date: run npm run schemas').toBe(
      expected,
    );
  });

  it('accepts a generated export and refuses files that break the format', () => {
    expect(existsSync(schemaPath), 'The JSON Schema file is missing: run npm run schemas').toBe(true);
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readCommittedSchema()) as object);
    const describeErrors = (errors: ErrorObject[] | null | undefined) =>
      (errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword}`);

    const journal = generateJournal({
      seed: 21,
      reflections: 200,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      timeZone: 'Australia/Sydney',
    });
    const reminders = journal.reflections.flatMap(({ id, nextStep }) =>
      nextStep.followUpAt === null
        ? []
        : [
            buildFollowUpReminder({
              reflectionId: id,
              text: nextStep.text,
              followUpAt: nextStep.followUpAt,
              timeZone: nextStep.timeZone,
              now: NOW,
            }),
          ],
    );
    const [first] = journal.reflections;
    const plan = preparation(1, {
      status: 'ready',
      personIds: [...(first?.personIds ?? [])],
      plannedAt: '2025-03-01T09:00',
      goal: 'Agree the next step',
      principles: { 'sphere-of-influence': { notes: 'What we both want' } },
      reflectionId: first?.id ?? null,
    });
    const file = buildJsonExport(
      emptySnapshot({ ...journal, preparations: [plan], reminders, principleSettings: [customPrinciple] }),
      {
        options: { ...defaultExportOptions, includePrivate: true },
        appVersion: '0.1.0',
        journalId: JOURNAL_ID,
        exportedAt: NOW.toISOString(),
      },
    );
    const data: unknown = JSON.parse(serializeJournalExport(file));
    expect(file.reflections).toHaveLength(200);
    expect(file.preparations).toHaveLength(1);
    expect(describeErrors(validate(data) ? [] : validate.errors)).toEqual([]);

    const newer = { ...file, version: 3 };
    expect(validate(newer)).toBe(false);
    const extra = { ...file, reflections: [{ ...file.reflections[0], mood: 'good' }] };
    expect(validate(extra)).toBe(false);
    const badRating = {
      ...file,
      reflections: [
        {
          ...file.reflections[0],
          principles: { 'empowered-adults': { applied: true, rating: 9, notes: '', checks: {} } },
        },
      ],
    };
    expect(describeErrors(validate(badRating) ? [] : validate.errors)).toContain(
      '/reflections/0/principles/empowered-adults/rating must be <= 5',
    );
    const badPlan = { ...file, preparations: [{ ...file.preparations[0], status: 'done' }] };
    expect(describeErrors(validate(badPlan) ? [] : validate.errors)).toContain(
      '/preparations/0/status must be equal to one of the allowed values',
    );
  }, 30_000);
});
