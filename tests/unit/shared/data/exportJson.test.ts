import { describe, expect, it } from 'vitest';
import {
  JournalExportError,
  buildJsonExport,
  prepareForExport,
  serializeJournalExport,
} from '../../../../shared/data/buildJsonExport';
import {
  defaultExportOptions,
  journalExportSchema,
  type ExportOptions,
} from '../../../../shared/data/exportFormat';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import { followUpReminderId, buildFollowUpReminder } from '../../../../shared/reminders/followUpReminder';
import {
  JOURNAL_ID,
  NOW,
  customPrinciple,
  emptySnapshot,
  person,
  personIds,
  reflection,
  rhythmReminder,
} from './exportFixtures';

const context = (options: Partial<ExportOptions> = {}) => ({
  options: { ...defaultExportOptions, ...options },
  appVersion: '0.1.0',
  journalId: JOURNAL_ID,
  exportedAt: NOW.toISOString(),
});

function generatedSnapshot(reflections: number) {
  const journal = generateJournal({
    seed: 3,
    reflections,
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    timeZone: 'Europe/London',
  });
  const reminders = journal.reflections
    .filter(({ nextStep }) => nextStep.followUpAt !== null)
    .map(({ id, nextStep }) =>
      buildFollowUpReminder({
        reflectionId: id,
        text: nextStep.text,
        followUpAt: nextStep.followUpAt ?? '',
        timeZone: nextStep.timeZone,
        now: NOW,
      }),
    );
  return emptySnapshot({
    people: journal.people,
    reflections: journal.reflections,
    principleSettings: [customPrinciple],
    reminders: [...reminders, rhythmReminder],
  });
}

describe('buildJsonExport', () => {
  it('writes the whole journal, readable back into equal records', () => {
    const snapshot = generatedSnapshot(200);
    const file = buildJsonExport(snapshot, context({ includePrivate: true }));
    expect(file).toMatchObject({
      format: 'influence-journal',
      version: 2,
      appVersion: '0.1.0',
      journalId: JOURNAL_ID,
    });
    const readBack = journalExportSchema.parse(JSON.parse(serializeJournalExport(file)));
    expect(readBack.reflections).toEqual(snapshot.reflections);
    expect(readBack.people).toEqual(snapshot.people);
    expect(readBack.principleSettings).toEqual([customPrinciple]);
    expect(readBack.reminders).toHaveLength(snapshot.reminders.length - 1);
    expect(readBack.reminders.map(({ id }) => id)).not.toContain(rhythmReminder.id);
  });

  it('records the options used and holds only what they chose', () => {
    const snapshot = generatedSnapshot(200);
    const file = buildJsonExport(snapshot, context({ from: '2025-06-01', to: '2025-06-30' }));
    expect(file.options).toMatchObject({ from: '2025-06-01', to: '2025-06-30', includePrivate: false });
    expect(file.reflections.length).toBeGreaterThan(0);
    expect(
      file.reflections.every(({ occurredAt, isPrivate }) => !isPrivate && occurredAt?.startsWith('2025-06')),
    ).toBe(true);
    const ids = new Set(file.reflections.map(({ id }) => id));
    expect(file.reminders.every(({ reflectionId }) => ids.has(reflectionId ?? ''))).toBe(true);
    expect(file.reminders.map(({ id }) => id)).toContain(
      followUpReminderId(file.reflections.find(({ nextStep }) => nextStep.followUpAt !== null)?.id ?? ''),
    );
  });

  it('replaces names in the records and in the tag filter it records', () => {
    const tom = person(personIds.tom, 'Tom Baker');
    const snapshot = emptySnapshot({
      people: [tom, person(personIds.ana, 'Ana Ruiz')],
      reflections: [reflection(1, { personIds: [personIds.tom], tags: ['Tom'], asked: 'Ana and Tom' })],
    });
    const file = buildJsonExport(snapshot, context({ names: 'labels', tags: ['tom'] }));
    expect(file.options.tags).toEqual(['Person A']);
    expect(file.people.map(({ name }) => name)).toEqual(['Person A']);
    expect(file.reflections[0]?.asked).toBe('Person B and Person A');
    expect(serializeJournalExport(file)).not.toMatch(/(?<!\p{L})(tom|baker|ana|ruiz)(?!\p{L})/iu);
  });

  it('refuses to write a record that does not fit the format, naming the record and field', () => {
    const broken = reflection(2, { personIds: [personIds.zoe] });
    const snapshot = emptySnapshot({ reflections: [reflection(1), broken] });
    expect(() => buildJsonExport(snapshot, context({ includePrivate: true }))).toThrow(
      new JournalExportError(
        `The export could not be made. Reflection 2 (${broken.id}), personIds.0: People lists a person who is not in the file (${personIds.zoe})`,
      ),
    );
  });

  it('serializes with two-space indentation and the same bytes every time', () => {
    const snapshot = generatedSnapshot(20);
    const first = serializeJournalExport(buildJsonExport(snapshot, context()));
    expect(first).toMatch(/^\{\n {2}"format": "influence-journal",\n {2}"version": 2,/);
    expect(first.endsWith('}\n')).toBe(true);
    expect(serializeJournalExport(buildJsonExport(snapshot, context()))).toBe(first);
  });

  it('prepares for the other formats exactly what the JSON holds', () => {
    const snapshot = generatedSnapshot(100);
    const options = { ...defaultExportOptions, names: 'initials' as const, to: '2025-08-31' };
    const file = buildJsonExport(snapshot, context(options));
    const prepared = prepareForExport(snapshot, options);
    expect(prepared.reflections).toEqual(file.reflections);
    expect(prepared.people).toEqual(file.people);
    expect(prepared.reminders).toEqual(file.reminders);
  });
});
