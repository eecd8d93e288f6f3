import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../../../shared/data/exportFormat';
import { selectForExport } from '../../../../shared/data/selectForExport';
import { csvCell, csvHeaders, toCsv } from '../../../../shared/data/toCsv';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import {
  CUSTOM_PRINCIPLE_ID,
  emptySnapshot,
  person,
  personIds,
  principlesWithCustom as principles,
  reflection,
} from './exportFixtures';

/** Reads the CSV the way a spreadsheet import would: BOM dropped, first row as headers. */
function readBack(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const tricky = reflection(1, {
  occurredAt: '2026-03-14T09:30',
  personIds: [personIds.tom, personIds.ana],
  relationship: 'peer',
  asked: 'A budget, a plan, and "time"',
  context: 'First line\r\nsecond line\nthird, with comma',
  approach: '=HYPERLINK("http://example.invalid","click")',
  expected: '+1 more',
  actual: '-2 less',
  whyDifferent: '@SUM(A1:A2)',
  learned: '\tTabbed',
  nextStep: { text: '\rReturned', followUpAt: '2026-03-20T09:00', timeZone: 'Europe/Paris' },
  outcome: 'partly-achieved',
  tags: ['budget', 'q1'],
  starred: true,
  principles: {
    'empowered-adults': { applied: true, rating: 4, notes: '', checks: {} },
    [CUSTOM_PRINCIPLE_ID]: {
      applied: false,
      rating: null,
      notes: '',
      checks: {},
    },
  },
});

const snapshot = emptySnapshot({
  people: [person(personIds.tom, 'Tom Baker'), person(personIds.ana, 'Ana, "the" Ruiz')],
  reflections: [tricky, reflection(2, { occurredAt: null })],
});

describe('toCsv', () => {
  it('has a column per field and two per principle, custom ones included', () => {
    expect(csvHeaders(principles)).toEqual([
      'Type',
      'When did it happen?',
      'Time zone',
      'Status',
      'Who was it with?',
      'Relationship',
      'What did you ask for?',
      'What happened?',
      'How did you go about it?',
      'Outcome',
      'What did you expect to happen?',
      'What actually happened?',
      'Why was there a difference?',
      'What did you learn?',
      'Next step',
      'Follow up on',
      'Tags',
      'Starred',
      'Private',
      'Empowered adults applied',
      'Empowered adults rating',
      'Sphere of influence applied',
      'Sphere of influence rating',
      "Negotiate, don't manipulate applied",
      "Negotiate, don't manipulate rating",
      'Build partnerships applied',
      'Build partnerships rating',
      'Listen first applied',
      'Listen first rating',
      'Plan: Status',
      'Plan: When is it?',
      'Plan: What do you want from it?',
      'Plan: Empowered adults',
      'Plan: Sphere of influence',
      "Plan: Negotiate, don't manipulate",
      'Plan: Build partnerships',
      'Plan: Listen first',
      'Plan: Likely objections and my answers',
      'Plan: How will I open?',
    ]);
  });

  it('reads back with a real CSV parser: commas, quotes and line breaks intact, formulas neutralised', () => {
    const [row, undated] = readBack(toCsv(snapshot, principles));
    expect(row).toMatchObject({
      'When did it happen?': '2026-03-14 09:30',
      'Time zone': 'Europe/Paris',
      Status: 'Draft',
      'Who was it with?': 'Tom Baker; Ana, "the" Ruiz',
      Relationship: 'Peer',
      'What did you ask for?': 'A budget, a plan, and "time"',
      'What happened?': 'First line\r\nsecond line\nthird, with comma',
      'How did you go about it?': `'=HYPERLINK("http://example.invalid","click")`,
      Outcome: 'Partly achieved',
      'What did you expect to happen?': "'+1 more",
      'What actually happened?': "'-2 less",
      'Why was there a difference?': "'@SUM(A1:A2)",
      'What did you learn?': "'\tTabbed",
      'Next step': "'\rReturned",
      'Follow up on': '2026-03-20 09:00',
      Tags: 'budget; q1',
      Starred: 'yes',
      Private: 'no',
      'Empowered adults applied': 'yes',
      'Empowered adults rating': '4',
      'Sphere of influence applied': '',
      'Listen first applied': 'no',
      'Listen first rating': '',
    });
    expect(undated?.['When did it happen?']).toBe('');
  });

  it('neutralises every formula start and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}x`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('Plain text')).toBe('Plain text');
    expect(csvCell('3 - 2 = 1')).toBe('3 - 2 = 1');
  });

  it('ends every line with CRLF, including the last', () => {
    const csv = toCsv(emptySnapshot({ reflections: [reflection(1, { asked: 'One' })] }), []);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives one row per chosen reflection of a generated journal, each readable back', () => {
    const journal = generateJournal({
      seed: 5,
      reflections: 200,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      timeZone: 'Asia/Tokyo',
    });
    const chosen = selectForExport(emptySnapshot(journal), defaultExportOptions);
    const rows = readBack(toCsv(chosen, principles));
    expect(rows).toHaveLength(chosen.reflections.length);
    expect(rows.map((row) => row['What did you ask for?'])).toEqual(
      chosen.reflections.map(({ asked }) => asked),
    );
    expect(rows.map((row) => row['What did you learn?'])).toEqual(
      chosen.reflections.map(({ learned }) => learned),
    );
  });
});
