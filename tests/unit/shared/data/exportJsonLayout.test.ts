import { describe, expect, it } from 'vitest';
import { buildJsonExport, serializeJournalExport } from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions, type JournalExport } from '../../../../shared/data/exportFormat';
import { asText, createJsonExportStream } from '../../../../shared/data/jsonExportStream';
import { layOutJournalExport, textAroundReflections } from '../../../../shared/data/jsonExportLayout';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { JOURNAL_ID, NOW, customPrinciple, emptySnapshot, followUp, reflection } from './exportFixtures';

const context = {
  options: { ...defaultExportOptions, includePrivate: true },
  appVersion: '1.2.3',
  journalId: JOURNAL_ID,
  exportedAt: NOW.toISOString(),
};

function randomFile(seed: number, count: number): JournalExport {
  const generated = generateJournal({
    seed,
    reflections: count,
    startDate: '2024-01-01',
    endDate: '2025-12-31',
    timeZone: 'America/New_York',
  });
  const [first] = generated.reflections;
  return buildJsonExport(
    emptySnapshot({
      people: generated.people,
      reflections: generated.reflections,
      principleSettings: [customPrinciple],
      reminders: first === undefined ? [] : [followUp(first.id, 'Call back')],
    }),
    context,
  );
}

/** The lines of the file's reflections list, between its opening and closing lines. */
function listLines(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf('  "reflections": [');
  const end = lines.indexOf('  ],', start);
  return lines.slice(start + 1, end);
}

describe('the JSON export layout', () => {
  it.each([1, 2, 3, 4, 5])('holds the same values as the fully indented file (journal %i)', (seed) => {
    const file = randomFile(seed, 40 + seed * 17);
    const text = serializeJournalExport(file);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(file, null, 2)));
  });

  it('writes each reflection on a line of its own, in order, and the rest with two-space indentation', () => {
    const file = randomFile(11, 30);
    const text = serializeJournalExport(file);
    const lines = listLines(text);
    expect(lines).toHaveLength(30);
    lines.forEach((line, index) => {
      expect(line.startsWith('    {"id":')).toBe(true);
      expect(JSON.parse(line.replace(/,$/, ''))).toEqual(file.reflections[index]);
    });
    const { reflections: _reflections, ...fields } = file;
    const withoutList = text.replace(/ {2}"reflections": \[\n[\s\S]*?\n {2}\],\n/, '');
    expect(withoutList).toBe(`${JSON.stringify(fields, null, 2)}\n`);
    expect(text.endsWith('\n}\n')).toBe(true);
  });

  it('keeps line breaks and odd characters a person typed inside their reflection line', () => {
    const typed = reflection(1, {
      asked: 'First line\nsecond line\r\n\ttabbed "quoted" \\ \u2028 \u0000reflections\u0000 😀',
    });
    const file = buildJsonExport(emptySnapshot({ reflections: [typed] }), context);
    const text = serializeJournalExport(file);
    expect(listLines(text)).toHaveLength(1);
    expect((JSON.parse(text) as JournalExport).reflections[0]?.asked).toBe(typed.asked);
  });

  it('writes an empty list as [] on the field line, as the indented file did', () => {
    const file = buildJsonExport(emptySnapshot(), context);
    const text = serializeJournalExport(file);
    expect(text).toContain('  "reflections": [],\n');
    expect(text).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });

  it('gives the streamed export the same bytes, whatever the parts', () => {
    const expected = layOutJournalExport(randomFile(9, 57));
    const generated = generateJournal({
      seed: 9,
      reflections: 57,
      startDate: '2024-01-01',
      endDate: '2025-12-31',
      timeZone: 'America/New_York',
    });
    for (const size of [1, 10, 57]) {
      const stream = createJsonExportStream(
        {
          people: generated.people,
          preparations: [],
          principleSettings: [customPrinciple],
          reminders: [followUp(generated.reflections[0]?.id ?? '', 'Call back')],
        },
        context,
        asText,
      );
      const stored = generated.reflections as Reflection[];
      for (let at = 0; at < stored.length; at += size) stream.add(stored.slice(at, at + size));
      expect(stream.finish().pieces.join('')).toBe(expected);
    }
  });

  it('finds the list even when a field before it holds the stand-in text', () => {
    const { before, after } = textAroundReflections(
      { options: { tags: ['\u0000reflections\u0000'] }, reflections: [], people: [] },
      true,
    );
    expect(before.endsWith('  "reflections": [\n')).toBe(true);
    expect(after).toBe('\n  ],\n  "people": []\n}\n');
  });
});
