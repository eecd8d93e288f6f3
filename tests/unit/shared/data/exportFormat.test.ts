import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  JOURNAL_EXPORT_FORMAT,
  JOURNAL_EXPORT_VERSION,
  defaultExportOptions,
  exportOptionsSchema,
  journalExportSchema,
  type JournalExportInput,
} from '../../../../shared/data/exportFormat';
import { JOURNAL_ID, NOW, customPrinciple, followUp, person, personIds, reflection } from './exportFixtures';

function validFile(overrides: Partial<JournalExportInput> = {}): JournalExportInput {
  const first = reflection(1, { personIds: [personIds.tom], asked: 'A budget line' });
  return {
    format: JOURNAL_EXPORT_FORMAT,
    version: JOURNAL_EXPORT_VERSION,
    appVersion: '0.1.0',
    exportedAt: NOW.toISOString(),
    journalId: JOURNAL_ID,
    options: defaultExportOptions,
    people: [person(personIds.tom, 'Tom Baker')],
    principleSettings: [customPrinciple],
    reflections: [first],
    preparations: [],
    reminders: [followUp(first.id, 'Ask again')],
    ...overrides,
  };
}

function firstIssue(input: unknown): { path: string; message: string } {
  const result = journalExportSchema.safeParse(input);
  if (result.success) throw new Error('expected the file to be refused');
  const [issue] = result.error.issues;
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
}

describe('journalExportSchema', () => {
  it('accepts a complete file and keeps every record as written', () => {
    const file = validFile();
    const parsed = journalExportSchema.parse(file);
    expect(parsed).toEqual(file);
  });

  it('refuses a file from a newer format version', () => {
    expect(firstIssue(validFile({ version: 3 as 2 }))).toEqual({
      path: 'version',
      message: 'Version must be 2',
    });
  });

  it('refuses another format and fields it does not know', () => {
    expect(firstIssue(validFile({ format: 'day-one' as 'influence-journal' })).path).toBe('format');
    expect(firstIssue({ ...validFile(), extra: true }).message).toMatch(/extra/);
  });

  it('names the record and field of an invalid reflection', () => {
    const bad = { ...reflection(2), asked: 42 };
    expect(firstIssue(validFile({ reflections: [reflection(1), bad as never] }))).toEqual({
      path: 'reflections.1.asked',
      message: '“What did you ask for?” must be text',
    });
  });

  it('refuses a reflection that names a person missing from the file', () => {
    const file = validFile({ people: [], reminders: [] });
    expect(firstIssue(file)).toEqual({
      path: 'reflections.0.personIds.0',
      message: `People lists a person who is not in the file (${personIds.tom})`,
    });
  });

  it('refuses a reminder that is not tied to a reflection in the file', () => {
    expect(firstIssue(validFile({ reminders: [followUp(reflection(9).id, 'x')] })).path).toBe(
      'reminders.0.reflectionId',
    );
  });

  it('refuses two records with the same id', () => {
    const file = validFile({ reflections: [reflection(1), reflection(1)], reminders: [] });
    expect(firstIssue(file).path).toBe('reflections.1.id');
  });

  it('refuses a journal id that is not a UUIDv7', () => {
    expect(firstIssue(validFile({ journalId: 'my-journal' })).path).toBe('journalId');
  });
});

describe('exportOptionsSchema', () => {
  it('accepts the defaults', () => {
    expect(exportOptionsSchema.parse(defaultExportOptions)).toEqual(defaultExportOptions);
  });

  it('refuses a date that does not exist and a range that ends before it starts', () => {
    const withDates = (from: string, to: string) => ({ ...defaultExportOptions, from, to });
    expect(
      exportOptionsSchema.safeParse(withDates('2026-02-30', '2026-03-01')).error?.issues[0]?.message,
    ).toBe('From must be a real date such as 2026-03-14');
    expect(
      exportOptionsSchema.safeParse(withDates('2026-03-02', '2026-03-01')).error?.issues[0]?.message,
    ).toBe('From must not be after To');
    expect(exportOptionsSchema.safeParse(withDates('2026-03-01', '2026-03-01')).success).toBe(true);
  });

  it('refuses an unknown name mode', () => {
    expect(exportOptionsSchema.safeParse({ ...defaultExportOptions, names: 'nicknames' }).success).toBe(
      false,
    );
  });
});

describe('docs/export-format.md', () => {
  it('has an example file the format accepts', () => {
    const docPath = fileURLToPath(new URL('../../../../docs/export-format.md', import.meta.url));
    const example = /```json\n([\s\S]*?)\n```/.exec(readFileSync(docPath, 'utf8'))?.[1];
    expect(example).toBeDefined();
    const result = journalExportSchema.safeParse(JSON.parse(example ?? ''));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.reflections[0]?.asked).toBe('Asked T.B. for two days of review time.');
  });
});
