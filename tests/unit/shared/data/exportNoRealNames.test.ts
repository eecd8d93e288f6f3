import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildJsonExport,
  prepareForExport,
  serializeJournalExport,
} from '../../../../shared/data/buildJsonExport';
import { defaultExportOptions, type ExportOptions } from '../../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import { toCsv } from '../../../../shared/data/toCsv';
import { toMarkdown, toMarkdownZip } from '../../../../shared/data/toMarkdown';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import {
  builtInPrinciples,
  resolvePrinciples,
  type PrincipleSetting,
} from '../../../../shared/domain/principles';
import {
  JOURNAL_ID,
  NOW,
  customPrinciple,
  emptySnapshot,
  followUp,
  person,
  personIds,
  reflection,
} from './exportFixtures';

function snapshotSettings(): PrincipleSetting[] {
  return [
    { ...customPrinciple, title: 'Ask Kwabena first', description: 'As Duvalier does it' },
    { kind: 'override', principleId: 'build-partnerships', title: "Siobhán's partnerships" },
  ];
}

// The journal's principles as the Data page resolves them: with the real names in their titles.
const principles = resolvePrinciples(builtInPrinciples, snapshotSettings());

/** Every byte each format would write, as text: JSON, CSV, the Markdown document, and the zip's names and files. */
function allFormats(snapshot: JournalSnapshot, options: ExportOptions): string {
  const json = serializeJournalExport(
    buildJsonExport(snapshot, {
      options,
      appVersion: '0.1.0',
      journalId: JOURNAL_ID,
      exportedAt: NOW.toISOString(),
    }),
  );
  const prepared = prepareForExport(snapshot, options);
  const zipped = Object.entries(unzipSync(toMarkdownZip(prepared, principles))).map(
    ([name, bytes]) => `${name}\n${strFromU8(bytes)}`,
  );
  return [json, toCsv(prepared, principles), toMarkdown(prepared, principles), ...zipped].join('\n');
}

const people = [
  person(personIds.tom, 'Kwabena Oyelaran-Fitzgerald', { role: 'Works with Siobhán', team: 'Oyelaran team' }),
  person(personIds.ana, 'Siobhán Bhriain', { notes: "Kwabena's sponsor; call her SIOBHÁN" }),
  person(personIds.tess, 'Marguerite Duvalier'),
  // In the journal but in none of the chosen reflections: typed about, never chosen.
  person(personIds.zoe, 'Ingrid Halvorsen'),
];

const typedAbout = reflection(1, {
  occurredAt: '2026-03-10T10:00',
  personIds: [personIds.tom, personIds.ana],
  asked: "Asked Kwabena for Siobhán's slot",
  context: 'OYELARAN-FITZGERALD and bhriain argued;\nIngrid listened. Marguerite was away.',
  approach: 'Talked to Duvalier first',
  expected: 'Kwabena',
  actual: 'Siobhán',
  whyDifferent: 'Halvorsen',
  learned: "Fitzgerald's way works",
  nextStep: { text: 'Call Kwabena', followUpAt: '2026-03-20T09:00', timeZone: 'Europe/Paris' },
  tags: ['Kwabena', 'budget'],
  principles: {
    'empowered-adults': { applied: true, rating: 4, notes: 'Siobhán helped', checks: {} },
    'negotiate-dont-manipulate': {
      applied: null,
      rating: null,
      notes: '',
      checks: { 'their-interests': 'Marguerite wants time' },
    },
  },
});
const other = reflection(2, {
  occurredAt: '2026-03-11T10:00',
  personIds: [personIds.tess],
  asked: 'Marguerite',
});
const outside = reflection(3, {
  occurredAt: '2026-04-01T10:00',
  personIds: [personIds.zoe],
  asked: 'Ingrid',
});

const snapshot = emptySnapshot({
  people,
  principleSettings: snapshotSettings(),
  reflections: [typedAbout, other, outside],
  reminders: [followUp(typedAbout.id, 'Call Kwabena')],
});

const nameParts = people.flatMap(({ name }) => [name, ...name.split(/[\s-]+/)]);

describe('a pseudonymised export holds no real name in any format', () => {
  for (const names of ['initials', 'labels'] as const) {
    it(`with names replaced by ${names}`, () => {
      const options = { ...defaultExportOptions, names, to: '2026-03-31', tags: ['kwabena', 'budget'] };
      const bytes = allFormats(snapshot, options).normalize('NFC').toLowerCase();
      expect(bytes).toContain('budget');
      expect(nameParts.filter((part) => bytes.includes(part.normalize('NFC').toLowerCase()))).toEqual([]);
    });
  }

  it('while the same export with real names holds them, so the check can see names', () => {
    const bytes = allFormats(snapshot, { ...defaultExportOptions, to: '2026-03-31' });
    // Ingrid is outside the chosen period: only her typed first and last names are there.
    const expected = nameParts.filter((part) => part !== 'Ingrid Halvorsen');
    expect(nameParts.filter((part) => bytes.includes(part))).toEqual(expected);
  });

  it('for a generated journal, in every format', () => {
    const journal = generateJournal({
      seed: 15,
      reflections: 200,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      timeZone: 'Europe/Paris',
    });
    const bytes = allFormats(emptySnapshot(journal), {
      ...defaultExportOptions,
      names: 'labels',
      includePrivate: true,
    });
    const parts = [...new Set(journal.people.flatMap(({ name }) => name.split(' ')))];
    const asWord = (part: string) => new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, 'iu');
    expect(parts.filter((part) => asWord(part).test(bytes))).toEqual([]);
  }, 30_000);
});
