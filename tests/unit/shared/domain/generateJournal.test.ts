import { describe, expect, it } from 'vitest';
import {
  generateJournal,
  localDateTimeToEpochMs,
  personSchema,
  reflectionCompleteSchema,
  type GenerateJournalOptions,
} from '../../../../shared/domain';

const options: GenerateJournalOptions = {
  seed: 20_260_314,
  reflections: 2_000,
  startDate: '2022-01-01',
  endDate: '2025-12-31',
  timeZone: 'America/New_York',
};

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('generateJournal', () => {
  const journal = generateJournal(options);

  it('makes the requested number of reflections and a sensible number of people', () => {
    expect(journal.reflections).toHaveLength(2_000);
    expect(journal.people.length).toBeGreaterThanOrEqual(12);
    expect(generateJournal({ ...options, people: 7 }).people).toHaveLength(7);
  });

  it('gives the same journal for the same seed', () => {
    expect(JSON.stringify(generateJournal(options))).toBe(JSON.stringify(journal));
  });

  it('gives a different journal for a different seed', () => {
    const other = generateJournal({ ...options, seed: options.seed + 1 });
    expect(other.reflections[0]?.id).not.toBe(journal.reflections[0]?.id);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(journal));
  });

  it('produces only reflections the complete schema accepts, and valid people', () => {
    const invalid = journal.reflections.filter(
      (reflection) => !reflectionCompleteSchema.safeParse(reflection).success,
    );
    expect(invalid).toEqual([]);
    expect(journal.people.every((person) => personSchema.safeParse(person).success)).toBe(true);
  });

  it('stays valid in other zones and seeds, including zones with half-hour offsets', () => {
    for (const [seed, timeZone] of [
      [1, 'Europe/London'],
      [2, 'Asia/Kolkata'],
      [3, 'Australia/Adelaide'],
    ] as const) {
      const { reflections } = generateJournal({ ...options, seed, timeZone, reflections: 300 });
      expect(reflections.every((reflection) => reflectionCompleteSchema.safeParse(reflection).success)).toBe(
        true,
      );
    }
  });

  it('uses UUIDv7 ids that sort in the same order as occurredAt', () => {
    const ids = journal.reflections.map(({ id }) => id);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const instants = journal.reflections.map(({ occurredAt, timeZone }) =>
      localDateTimeToEpochMs(occurredAt, timeZone),
    );
    expect(instants.every((instant, index) => index === 0 || instant >= (instants[index - 1] ?? 0))).toBe(
      true,
    );
    const first = journal.reflections[0];
    expect(first && parseInt(first.id.replace('-', '').slice(0, 12), 16)).toBe(instants[0]);
  });

  it('spreads reflections across the whole date range during working hours', () => {
    const dates = journal.reflections.map(({ occurredAt }) => occurredAt);
    expect(dates[0]?.slice(0, 7)).toBe('2022-01');
    expect(dates.at(-1)?.slice(0, 7)).toBe('2025-12');
    const hours = dates.map((date) => Number(date.slice(11, 13)));
    expect(Math.min(...hours)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...hours)).toBeLessThan(18);
  });

  it('mixes relationships, outcomes, modes, drafts, stars and tags', () => {
    const distinct = <T>(values: T[]) => new Set(values).size;
    const { reflections } = journal;
    expect(distinct(reflections.map(({ relationship }) => relationship))).toBeGreaterThanOrEqual(6);
    expect(distinct(reflections.map(({ outcome }) => outcome))).toBe(5);
    expect(distinct(reflections.map(({ mode }) => mode))).toBe(2);
    expect(reflections.some(({ status }) => status === 'draft')).toBe(true);
    expect(reflections.filter(({ status }) => status === 'draft').length).toBeLessThan(
      reflections.length / 10,
    );
    expect(reflections.some(({ starred }) => starred)).toBe(true);
    expect(reflections.some(({ tags }) => tags.length > 0)).toBe(true);
    expect(reflections.some(({ personIds }) => personIds.length > 1)).toBe(true);
    expect(
      reflections.some(({ principles }) => principles['build-partnerships']?.checks.trust !== undefined),
    ).toBe(true);
  });

  it('writes no word twice in a row ("the the"), as a template filled with a name might', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(journal.reflections);
    const doubled = texts.filter((text) => /\b(\w+) \1\b/i.test(text));
    expect(doubled).toEqual([]);
  });

  it('averages roughly 1-2 KB of JSON per reflection, with some long ones', () => {
    const sizes = journal.reflections.map((reflection) => JSON.stringify(reflection).length);
    const average = sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
    expect(average).toBeGreaterThan(1_000);
    expect(average).toBeLessThan(2_000);
    expect(sizes.filter((size) => size > 2_500).length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeLessThan(1_000);
  });

  it('makes a journal of 50,000 reflections with unique, time-ordered ids', () => {
    const large = generateJournal({ ...options, reflections: 50_000 });
    expect(large.reflections).toHaveLength(50_000);
    const ids = large.reflections.map((r) => r.id);
    expect(new Set(ids).size).toBe(50_000);
    expect([...ids].sort()).toEqual(ids);
  }, 60_000);

  it('rejects impossible options with a clear error', () => {
    expect(() => generateJournal({ ...options, startDate: '2022-02-30' })).toThrow(
      'startDate must be a real date',
    );
    expect(() => generateJournal({ ...options, endDate: '2021-12-31' })).toThrow(
      'endDate must not be before startDate',
    );
    expect(() => generateJournal({ ...options, timeZone: 'Nowhere/Town' })).toThrow('Unknown time zone');
    expect(() => generateJournal({ ...options, reflections: -1 })).toThrow('reflections must be');
    expect(() => generateJournal({ ...options, startDate: '1969-12-31' })).toThrow('1971 or later');
  });
});
