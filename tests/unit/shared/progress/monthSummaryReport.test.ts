import { describe, expect, it } from 'vitest';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import { relationshipValues } from '../../../../shared/domain/reflectionLabels';
import { createSeededRandom } from '../../../../shared/domain/seededRandom';
import {
  monthsBetween,
  summariseMonth,
  summariseMonthByRelationship,
  tagsBetween,
} from '../../../../shared/progress/monthSummary';
import { buildProgressReportFromMonths } from '../../../../shared/progress/monthSummaryReport';
import type { PlanFact } from '../../../../shared/progress/plansFollowedThrough';
import { addDays, type WeekStartDay } from '../../../../shared/progress/progressCalendar';
import { toProgressFact, type ProgressFact } from '../../../../shared/progress/progressFact';
import { monthsFromFacts } from '../../../../shared/progress/progressMonth';
import {
  noFilters,
  rangePresets,
  resolveRange,
  type ProgressFilters,
  type ProgressRange,
} from '../../../../shared/progress/progressRange';
import { buildProgressReport, type ProgressReportInput } from '../../../../shared/progress/progressReport';
import { fact } from './factBuilder';

const TODAY = '2026-11-20';
const journal = generateJournal({
  seed: 1414,
  reflections: 1500,
  startDate: '2024-10-01',
  endDate: TODAY,
  timeZone: 'Europe/London',
});
const facts = journal.reflections.map(toProgressFact).filter((fact) => fact !== null);
const principles = [
  { id: 'empowered-adults', title: 'Empowered adults' },
  { id: 'sphere-of-influence', title: 'Sphere of influence' },
  { id: 'negotiate-dont-manipulate', title: "Negotiate, don't manipulate" },
  { id: 'build-partnerships', title: 'Build partnerships' },
];
const nowMs = Date.parse('2026-11-20T12:00:00Z');

function plansFor(reflections: readonly { id: string; occurredAt: string | null; personIds: string[] }[]) {
  const random = createSeededRandom(77);
  return random.sample(reflections, 60).map((reflection, index): PlanFact => ({
    id: `plan-${index}`,
    status: 'ready',
    plannedAt: reflection.occurredAt,
    timeZone: 'Europe/London',
    personIds: reflection.personIds,
    reflectionId: index % 3 === 0 ? null : reflection.id,
    deletedAt: index === 1 ? '2026-11-01T10:00:00.000Z' : null,
  }));
}

/** Both ways of building: from the facts of the range (as read), and from the month summaries. */
function bothReports(
  all: readonly ProgressFact[],
  input: Omit<ProgressReportInput, 'facts'>,
  options: { readonly kept?: boolean } = {},
) {
  const { range } = input;
  const inRange = all.filter(
    (item) => (range.from === null || item.day >= range.from) && item.day <= range.to,
  );
  const months = new Map(monthsFromFacts(all).map((month) => [month.month, month]));
  const summaries =
    options.kept === false
      ? undefined
      : new Map([...months].map(([key, month]) => [key, summariseMonth(month)]));
  // A relationship filter alone sums the months' kept summaries per relationship.
  const relationshipSummaries =
    options.kept === false
      ? undefined
      : new Map([...months].map(([key, month]) => [key, summariseMonthByRelationship(month)]));
  return {
    fromFacts: buildProgressReport({ ...input, facts: inRange }),
    fromMonths: buildProgressReportFromMonths({ ...input, months, summaries, relationshipSummaries }),
  };
}

describe('the Progress report from month summaries', () => {
  const preparations = plansFor(journal.reflections);
  const recordedRelationships = new Map(
    journal.people.slice(0, 5).map((person) => [person.id, 'external' as const]),
  );
  const busiest = journal.people[0]?.id ?? '';
  const someTag = facts.find((item) => item.tags.length > 0)?.tags[0] ?? '';
  const filterCases: ProgressFilters[] = [
    noFilters,
    { ...noFilters, relationship: 'peer' },
    { ...noFilters, personId: busiest },
    { ...noFilters, tag: someTag },
    { personId: busiest, relationship: 'manager', tag: null },
    { ...noFilters, tag: 'a tag nobody used' },
  ];
  const cases = rangePresets.flatMap((preset) =>
    ([1, 0] as WeekStartDay[]).flatMap((weekStartsOn) =>
      filterCases.map((filters) => ({ preset, weekStartsOn, filters, label: JSON.stringify(filters) })),
    ),
  );

  it.each(cases)(
    'draws the numbers the facts give for $preset, weeks from day $weekStartsOn, filters $label',
    ({ preset, weekStartsOn, filters }) => {
      const range = resolveRange(preset, TODAY, { from: '2025-12-30', to: '2026-02-02' });
      const common = {
        range,
        filters,
        today: TODAY,
        weekStartsOn,
        principles,
        preparations,
        nowMs,
        recordedRelationships,
      };
      const { fromFacts, fromMonths } = bothReports(facts, common);
      expect(fromMonths).toEqual(fromFacts);
    },
  );

  it('is rich enough to compare: all time has every insight, people, plans and escalations', () => {
    const { fromFacts, fromMonths } = bothReports(facts, {
      range: resolveRange('all', TODAY),
      filters: noFilters,
      today: TODAY,
      weekStartsOn: 1,
      principles,
      preparations,
      nowMs,
    });
    expect(fromMonths).toEqual(fromFacts);
    expect(fromFacts.reflections).toBeGreaterThan(1000);
    expect(fromFacts.insights.length).toBeGreaterThanOrEqual(3);
    expect(fromFacts.plans.withPlan.reflections).toBeGreaterThan(0);
    expect(fromFacts.escalations.answered).toBeGreaterThan(0);
    expect(fromFacts.sphere.flatMap((group) => group.people).length).toBeGreaterThan(5);
  });

  it('summarises a month itself when no summary is kept for it', () => {
    const { fromFacts, fromMonths } = bothReports(
      facts,
      {
        range: resolveRange('12-months', TODAY),
        filters: noFilters,
        today: TODAY,
        weekStartsOn: 1,
        principles,
        nowMs,
      },
      { kept: false },
    );
    expect(fromMonths).toEqual(fromFacts);
  });

  it('an empty journal gives the same empty report', () => {
    const { fromFacts, fromMonths } = bothReports([], {
      range: resolveRange('all', TODAY),
      filters: noFilters,
      today: TODAY,
      weekStartsOn: 1,
      principles,
      nowMs,
    });
    expect(fromMonths).toEqual(fromFacts);
  });

  // Random facts across a year's end and both of a year's clock changes, with ties on a day, the
  // same person twice in one reflection, answers of every kind, and ranges that start and end mid-month.
  const random = createSeededRandom(2026);
  const days = Array.from({ length: 200 }, (_, index) => addDays('2025-09-20', index));
  const people = ['ana', 'ben', 'cy', 'dee', 'eli'];
  const tags = ['budget', 'hiring', 'roadmap'];
  const randomFacts = Array.from({ length: 900 }, () =>
    fact(random.pick(days), {
      outcome: random.chance(0.2)
        ? null
        : random.pick(['achieved', 'partly-achieved', 'not-yet', 'made-it-worse'] as const),
      escalated: random.chance(0.3) ? null : random.pick(['no', 'considered', 'yes'] as const),
      trust: random.chance(0.4) ? null : random.int(1, 5),
      relationship: random.chance(0.2) ? null : random.pick(relationshipValues),
      personIds: random.chance(0.05) ? ['ana', 'ana'] : random.sample(people, random.int(0, 3)),
      tags: random.sample(tags, random.int(0, 2)),
      principles: Object.fromEntries(
        random.sample(principles, random.int(0, 4)).map(({ id }) => [
          id,
          {
            applied: random.chance(0.3) ? null : random.chance(0.5),
            rating: random.chance(0.3) ? null : random.int(1, 5),
          },
        ]),
      ),
    }),
  );
  const randomRanges: ProgressRange[] = [
    { from: null, to: '2026-04-07' },
    { from: null, to: '2026-01-15' },
    { from: '2025-10-20', to: '2026-03-31' },
    { from: '2025-12-24', to: '2026-01-05' },
    { from: '2026-03-25', to: '2026-04-10' },
    { from: '2025-10-01', to: '2025-10-31' },
  ];
  const randomCases = randomRanges.flatMap((range) =>
    [
      noFilters,
      { ...noFilters, personId: 'ana' },
      { ...noFilters, tag: 'hiring' },
      ...relationshipValues.map((relationship) => ({ ...noFilters, relationship })),
      // Two filters at once over a range long enough to hold a reflection under both.
      ...(range.from === null ? [{ ...noFilters, relationship: 'peer' as const, tag: 'budget' }] : []),
    ].map((filters) => ({
      range,
      filters,
      label: `${range.from ?? 'start'}..${range.to} ${JSON.stringify(filters)}`,
    })),
  );
  it('summarises each relationship of a month in one pass as the filter by that relationship does', () => {
    const months = monthsFromFacts(randomFacts);
    expect(months.length).toBeGreaterThan(5);
    for (const month of months) {
      const byRelationship = summariseMonthByRelationship(month);
      const named = relationshipValues.filter((relationship) =>
        month.relationship.values.includes(relationship),
      );
      expect([...byRelationship.keys()].sort()).toEqual([...named].sort());
      for (const relationship of named) {
        const filters = { ...noFilters, relationship };
        expect(byRelationship.get(relationship), `${month.month} ${relationship}`).toEqual(
          summariseMonth(month, { fromDay: 1, toDay: 31, filters }),
        );
      }
    }
  });

  it.each(randomCases)('random facts: $label', ({ range, filters }) => {
    const today = '2026-04-07';
    const { fromFacts, fromMonths } = bothReports(randomFacts, {
      range,
      filters,
      today,
      weekStartsOn: 0,
      principles,
      nowMs,
    });
    expect(fromMonths).toEqual(fromFacts);
    expect(fromFacts.reflections).toBeGreaterThan(0);
  });

  it('offers the tags of the range, as the facts of the range name them', () => {
    const months = new Map(monthsFromFacts(randomFacts).map((month) => [month.month, month]));
    for (const range of randomRanges) {
      const inRange = randomFacts.filter(
        (item) => (range.from === null || item.day >= range.from) && item.day <= range.to,
      );
      expect(tagsBetween(months, range.from, range.to), JSON.stringify(range)).toEqual(
        [...new Set(inRange.flatMap((item) => item.tags))].sort(),
      );
    }
    const narrow = [
      fact('2026-02-03', { tags: ['early'] }),
      fact('2026-02-20', { tags: ['late'] }),
      fact('2026-03-01', { tags: ['next'] }),
    ];
    const narrowMonths = new Map(monthsFromFacts(narrow).map((month) => [month.month, month]));
    expect(tagsBetween(narrowMonths, '2026-02-10', '2026-02-28')).toEqual(['late']);
  });

  it('names the months between two days as the days between them fall', () => {
    for (const [from, to] of [
      ['2025-11-30', '2026-02-01'],
      ['2026-03-15', '2026-03-16'],
      ['2019-01-01', '2026-10-31'],
    ] as const) {
      const byDay = new Set<string>();
      for (let day: string = from; day <= to; day = addDays(day, 1)) byDay.add(day.slice(0, 7));
      expect(monthsBetween(from, to)).toEqual([...byDay]);
    }
  });
});
