import { describe, expect, it } from 'vitest';
import { buildJsonExport, serializeJournalExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions, type ExportOptions } from '../../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import { asText, createJsonExportStream } from '../../../../shared/data/jsonExportStream';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import {
  JOURNAL_ID,
  NOW,
  customPrinciple,
  emptySnapshot,
  followUp,
  person,
  personIds,
  preparation,
  reflection,
} from './exportFixtures';

const context = (options: ExportOptions) => ({
  options,
  appVersion: '1.2.3',
  journalId: JOURNAL_ID,
  exportedAt: NOW.toISOString(),
});

/** The streamed file's text, the reflections given in parts of `partSize`. */
function streamed(snapshot: JournalSnapshot, options: ExportOptions, partSize = 7): string {
  const { reflections, ...rest } = snapshot;
  const stream = createJsonExportStream(rest, context(options), asText);
  for (let start = 0; start < reflections.length; start += partSize)
    stream.add(reflections.slice(start, start + partSize));
  return stream.finish().pieces.join('');
}

const whole = (snapshot: JournalSnapshot, options: ExportOptions) =>
  serializeJournalExport(buildJsonExport(snapshot, context(options)));

function journal(): JournalSnapshot {
  const generated = generateJournal({
    seed: 7,
    reflections: 60,
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    timeZone: 'Europe/Paris',
  });
  const [first, second, third] = generated.reflections as [Reflection, Reflection, Reflection];
  // One in the Trash, one private, a plan linked to each of both and to one that goes out.
  const reflections = generated.reflections.map((entry) =>
    entry.id === first.id
      ? { ...entry, deletedAt: NOW.toISOString() }
      : entry.id === second.id
        ? { ...entry, isPrivate: true }
        : entry,
  );
  return emptySnapshot({
    people: generated.people,
    reflections,
    principleSettings: [customPrinciple],
    preparations: [first, second, third].map((linked, index) =>
      preparation(index + 1, { reflectionId: linked.id, personIds: [...linked.personIds] }),
    ),
    reminders: [followUp(third.id, 'Ask again'), followUp(second.id, 'Private one')],
  });
}

describe('the JSON export built part by part', () => {
  const snapshot = journal();
  const someone = snapshot.people[0]?.id ?? '';
  const choices: [string, ExportOptions][] = [
    ['the whole journal', { ...defaultExportOptions, includePrivate: true }],
    ['without private reflections', defaultExportOptions],
    [
      'one person and a period',
      { ...defaultExportOptions, personIds: [someone], from: '2025-03-01', to: '2025-09-30' },
    ],
    ['one principle', { ...defaultExportOptions, principleIds: ['sphere-of-influence'] }],
    ['names as initials', { ...defaultExportOptions, includePrivate: true, names: 'initials' }],
    ['names as labels, one person', { ...defaultExportOptions, personIds: [someone], names: 'labels' }],
  ];

  it.each(choices)('writes the same bytes as the whole-file export: %s', (_, options) => {
    expect(streamed(snapshot, options)).toBe(whole(snapshot, options));
  });

  it('writes the same bytes in parts of one, of many, and in one part', () => {
    const options = { ...defaultExportOptions, includePrivate: true };
    const expected = whole(snapshot, options);
    for (const size of [1, 13, 1_000]) expect(streamed(snapshot, options, size)).toBe(expected);
  });

  it('hands each part its own piece as it is written, in the order of the file, never joining them', () => {
    const options = { ...defaultExportOptions, includePrivate: true };
    const { reflections, ...rest } = snapshot;
    const kept: string[] = [];
    const stream = createJsonExportStream(rest, context(options), (text) => {
      kept.push(text);
      return { text };
    });
    stream.add(reflections.slice(0, 30));
    stream.add(reflections.slice(30));
    // Both parts were written before the file's fields around them were.
    expect(kept).toHaveLength(2);
    const { pieces } = stream.finish();
    expect(pieces).toHaveLength(4);
    expect(pieces.map(({ text }) => text).join('')).toBe(whole(snapshot, options));
  });

  it('writes an empty journal, and a choice that keeps no reflection, as the whole-file export does', () => {
    expect(streamed(emptySnapshot(), defaultExportOptions)).toBe(
      whole(emptySnapshot(), defaultExportOptions),
    );
    const none = { ...defaultExportOptions, from: '2030-01-01' };
    expect(streamed(snapshot, none)).toBe(whole(snapshot, none));
  });

  it('says which reflection and field do not fit, and makes no file', () => {
    const tom = person(personIds.tom, 'Tom Baker');
    const bad = { ...reflection(2, { personIds: [tom.id] }), asked: 42 } as unknown as Reflection;
    const broken = emptySnapshot({
      people: [tom],
      reflections: [reflection(1, { personIds: [tom.id] }), bad],
    });
    const expected =
      /^The export could not be made\. Reflection 2 \(019ce0a2-5d40-7000-8000-000000000002\), asked: /;
    expect(() => streamed(broken, defaultExportOptions, 1)).toThrow(expected);
    expect(() => whole(broken, defaultExportOptions)).toThrow(expected);
  });

  it('fills what an older reflection lacks, as the check of the whole file did', () => {
    const { tags: _tags, ...older } = reflection(1);
    const snapshotWithOlder = emptySnapshot({ reflections: [older as Reflection] });
    const text = streamed(snapshotWithOlder, defaultExportOptions);
    expect(text).toBe(whole(snapshotWithOlder, defaultExportOptions));
    expect(text).toContain('"tags":[]');
  });

  it('refuses a reflection naming a person the file leaves out, with the whole-file message', () => {
    const lost = reflection(1, { personIds: [personIds.zoe] });
    const broken = emptySnapshot({ reflections: [lost] });
    const message = 'People lists a person who is not in the file';
    expect(() => streamed(broken, defaultExportOptions)).toThrow(message);
    expect(() => whole(broken, defaultExportOptions)).toThrow(message);
  });
});
