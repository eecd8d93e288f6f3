import { describe, expect, it } from 'vitest';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import { builtInPrinciples } from '../../../../shared/domain/principles';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import {
  initialExportChoices,
  journalTags,
  passphraseProblem,
  toExportOptions,
  toggleChoice,
} from '../../../../renderer/features/data/exportChoices';
import { exportFileName } from '../../../../renderer/features/data/exportFiles';
import { readReportOptions, reportPath } from '../../../../renderer/features/data/reportRoute';
import { formatAverage, summariseReport } from '../../../../renderer/features/data/reportSummary';

function reflection(overrides: Partial<Reflection>): Reflection {
  return {
    ...createDraftReflection({ now: new Date('2026-03-01T10:00:00Z'), timeZone: 'UTC' }),
    ...overrides,
  };
}

describe('export choices', () => {
  it('start as the whole journal without private reflections, with real names', () => {
    expect(toExportOptions(initialExportChoices)).toEqual({
      ok: true,
      options: {
        from: null,
        to: null,
        personIds: null,
        principleIds: null,
        tags: null,
        includePrivate: false,
        names: 'real',
      },
    });
  });

  it('name the date field that is wrong', () => {
    const result = toExportOptions({ ...initialExportChoices, from: '2026-03-02', to: '2026-03-01' });
    expect(result).toEqual({ ok: false, field: 'to', message: 'From must not be after To' });
  });

  it('go back to "all" when the last unticked item is ticked again', () => {
    const all = ['a', 'b', 'c'];
    const withoutB = toggleChoice(null, all, 'b', false);
    expect(withoutB).toEqual(['a', 'c']);
    expect(toggleChoice(withoutB, all, 'b', true)).toBeNull();
    expect(toggleChoice(['a'], all, 'a', false)).toEqual([]);
  });

  it('ask for a passphrase of 8 characters, typed the same twice, only when encrypting', () => {
    const encrypt = { ...initialExportChoices, encrypt: true };
    expect(passphraseProblem({ ...initialExportChoices, passphrase: 'x' })).toBeNull();
    expect(passphraseProblem({ ...encrypt, passphrase: 'seven77', confirmPassphrase: 'seven77' })).toBe(
      'The passphrase must be at least 8 characters long.',
    );
    expect(passphraseProblem({ ...encrypt, passphrase: 'eight888', confirmPassphrase: 'eight88' })).toBe(
      'The two passphrases do not match.',
    );
    expect(
      passphraseProblem({ ...encrypt, passphrase: 'eight888', confirmPassphrase: 'eight888' }),
    ).toBeNull();
  });

  it('list every tag once, ignoring case, in alphabetical order', () => {
    const snapshot: JournalSnapshot = {
      people: [],
      principleSettings: [],
      preparations: [],
      reminders: [],
      reflections: [reflection({ tags: ['budget', 'Launch'] }), reflection({ tags: ['Budget', 'hiring'] })],
    };
    expect(journalTags(snapshot)).toEqual(['budget', 'hiring', 'Launch']);
  });
});

describe('export file names', () => {
  it('carry the local day the export was made on', () => {
    const lateEvening = new Date('2026-12-06T23:30:00Z');
    expect(exportFileName(lateEvening, 'UTC', 'json')).toBe('influence-journal-2026-12-06.json');
    expect(exportFileName(lateEvening, 'Europe/Berlin', 'json')).toBe('influence-journal-2026-12-07.json');
    expect(exportFileName(lateEvening, 'UTC', 'json', 'encrypted')).toBe(
      'influence-journal-2026-12-06-encrypted.json',
    );
  });
});

describe('the report', () => {
  it('keeps its choices in its address, and refuses an address that is not valid choices', () => {
    const options = {
      ...toExportOptionsOk(),
      from: '2026-01-01',
      personIds: ['0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d'],
    };
    const path = reportPath(options);
    expect(readReportOptions(path.slice(path.indexOf('?')))).toEqual(options);
    expect(readReportOptions('?options=%7B%22names%22%3A%22all%22%7D')).toBeNull();
    expect(readReportOptions('?options=not-json')).toBeNull();
    expect(readReportOptions('')).toBeNull();
  });

  it('counts outcomes and averages each principle over the ratings given', () => {
    const [first, second] = builtInPrinciples;
    if (first === undefined || second === undefined) throw new Error('The built-in principles are missing');
    const entry = (rating: number | null) => ({ applied: true, rating, notes: '', checks: {} });
    const summary = summariseReport(
      {
        reflections: [
          reflection({ outcome: 'achieved', principles: { [first.id]: entry(4) } }),
          reflection({
            outcome: 'achieved',
            principles: { [first.id]: entry(3), [second.id]: entry(null) },
          }),
          reflection({ outcome: null }),
        ],
      },
      builtInPrinciples.map((principle) => ({ ...principle, isBuiltIn: true, isHidden: false })),
    );
    expect(summary.reflections).toBe(3);
    expect(summary.outcomes).toContainEqual({ label: 'Achieved', count: 2 });
    expect(summary.outcomes).toContainEqual({ label: 'No outcome given', count: 1 });
    expect(summary.ratings[0]).toEqual({ title: first.title, average: 3.5, rated: 2 });
    expect(summary.ratings[1]).toEqual({ title: second.title, average: null, rated: 0 });
    expect(formatAverage(3.5)).toBe('3.5');
    expect(formatAverage(10 / 3)).toBe('3.3');
    expect(formatAverage(null)).toBe('not rated');
  });
});

function toExportOptionsOk() {
  const result = toExportOptions(initialExportChoices);
  if (!result.ok) throw new Error(result.message);
  return result.options;
}
