import { describe, expect, it } from 'vitest';
import { defaultExportOptions, type ExportOptions } from '../../../../shared/data/exportFormat';
import { countForExport, selectForExport } from '../../../../shared/data/selectForExport';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import {
  customPrinciple,
  emptySnapshot,
  followUp,
  person,
  personIds,
  reflection,
  rhythmReminder,
} from './exportFixtures';

const people = [
  person(personIds.tom, 'Tom Baker'),
  person(personIds.ana, 'Ana Ruiz'),
  person(personIds.tess, 'Tess Bell'),
];

const early = reflection(1, {
  occurredAt: '2026-03-01T00:00',
  personIds: [personIds.tom],
  tags: ['Budget'],
  principles: { 'empowered-adults': { applied: true, rating: null, notes: '', checks: {} } },
});
const middle = reflection(2, {
  occurredAt: '2026-03-10T23:59',
  personIds: [personIds.ana, personIds.tom],
  tags: ['hiring'],
  principles: { 'build-partnerships': { applied: false, rating: 4, notes: '', checks: {} } },
});
const late = reflection(3, {
  occurredAt: '2026-03-20T09:30',
  personIds: [personIds.ana],
  principles: { 'sphere-of-influence': { applied: false, rating: null, notes: 'Only notes', checks: {} } },
});
const undated = reflection(4, { occurredAt: null, personIds: [] });
const secret = reflection(5, {
  occurredAt: '2026-03-05T10:00',
  isPrivate: true,
  personIds: [personIds.tess],
});
const trashed = reflection(6, {
  occurredAt: '2026-03-05T11:00',
  deletedAt: '2026-03-06T10:00:00.000Z',
  personIds: [personIds.tess],
});

const snapshot = emptySnapshot({
  people,
  principleSettings: [customPrinciple],
  reflections: [early, middle, late, undated, secret, trashed],
  reminders: [followUp(early.id, 'Ask Tom again'), followUp(trashed.id, 'Gone'), rhythmReminder],
});

const select = (options: Partial<ExportOptions>) =>
  selectForExport(snapshot, { ...defaultExportOptions, ...options });
const ids = (options: Partial<ExportOptions>) => select(options).reflections.map(({ id }) => id);

describe('countForExport', () => {
  it('counts the reflections selectForExport keeps, for every kind of choice', () => {
    const choices: Partial<ExportOptions>[] = [
      {},
      { includePrivate: true },
      { from: '2026-03-01', to: '2026-03-10' },
      { personIds: [personIds.ana] },
      { tags: [] },
    ];
    const counts = choices.map((options) =>
      countForExport(snapshot.reflections, { ...defaultExportOptions, ...options }),
    );
    expect(counts).toEqual(choices.map((options) => select(options).reflections.length));
    expect(counts.slice(0, 4)).toEqual([4, 5, 2, 2]);
  });
});

describe('selectForExport', () => {
  it('by default keeps every reflection except private ones and those in the Trash', () => {
    expect(ids({})).toEqual([early.id, middle.id, late.id, undated.id]);
  });

  it('keeps private reflections only when asked, and never the Trash', () => {
    expect(ids({ includePrivate: true })).toEqual([early.id, middle.id, late.id, undated.id, secret.id]);
  });

  it('filters by the local day, both ends included, and leaves undated reflections out of a range', () => {
    expect(ids({ from: '2026-03-01', to: '2026-03-10' })).toEqual([early.id, middle.id]);
    expect(ids({ from: '2026-03-02' })).toEqual([middle.id, late.id]);
    expect(ids({ to: '2026-03-01' })).toEqual([early.id]);
  });

  it('keeps reflections with any of the chosen people', () => {
    expect(ids({ personIds: [personIds.ana] })).toEqual([middle.id, late.id]);
    expect(ids({ personIds: [personIds.tom, personIds.ana] })).toEqual([early.id, middle.id, late.id]);
  });

  it('counts a principle as touched when it was applied or rated, not for notes alone', () => {
    expect(ids({ principleIds: ['empowered-adults', 'build-partnerships'] })).toEqual([early.id, middle.id]);
    expect(ids({ principleIds: ['sphere-of-influence'] })).toEqual([]);
  });

  it('matches tags ignoring case', () => {
    expect(ids({ tags: ['budget', 'HIRING'] })).toEqual([early.id, middle.id]);
  });

  it('cuts people down to those the chosen reflections mention', () => {
    expect(select({ personIds: [personIds.tom] }).people.map(({ name }) => name)).toEqual([
      'Tom Baker',
      'Ana Ruiz',
    ]);
    expect(select({}).people.map(({ name }) => name)).toEqual(['Tom Baker', 'Ana Ruiz']);
  });

  it('keeps everyone when nothing is filtered out, as a whole-journal export', () => {
    expect(select({ includePrivate: true }).people).toHaveLength(3);
  });

  it('keeps only the follow-ups of chosen reflections and always the principle settings', () => {
    const chosen = select({});
    expect(chosen.reminders.map(({ title }) => title)).toEqual(['Ask Tom again']);
    expect(chosen.principleSettings).toEqual([customPrinciple]);
    expect(select({ tags: ['hiring'] }).reminders).toEqual([]);
  });

  it('selects the same reflections as a direct check on a generated journal', () => {
    const journal = generateJournal({
      seed: 12,
      reflections: 400,
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      timeZone: 'America/New_York',
    });
    const whole = emptySnapshot({ people: journal.people, reflections: journal.reflections });
    const options = { ...defaultExportOptions, from: '2025-04-01', to: '2025-06-30', tags: ['budget'] };
    const chosen = selectForExport(whole, options);
    const expected = journal.reflections.filter(
      (r) =>
        !r.isPrivate &&
        r.occurredAt.slice(0, 10) >= '2025-04-01' &&
        r.occurredAt.slice(0, 10) <= '2025-06-30' &&
        r.tags.some((tag) => tag.toLowerCase() === 'budget'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(chosen.reflections).toEqual(expected);
    const mentioned = new Set(expected.flatMap(({ personIds }) => personIds));
    expect(new Set(chosen.people.map(({ id }) => id))).toEqual(mentioned);
  });
});
