import { describe, expect, it } from 'vitest';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import { createSeededRandom } from '../../../../shared/domain/seededRandom';
import type { PlanFact } from '../../../../shared/progress/plansFollowedThrough';
import { daysFromFacts } from '../../../../shared/progress/progressDay';
import { buildProgressReportFromDays } from '../../../../shared/progress/progressDayReport';
import { toProgressFact } from '../../../../shared/progress/progressFact';
import { noFilters, rangePresets, resolveRange } from '../../../../shared/progress/progressRange';
import { buildProgressReport } from '../../../../shared/progress/progressReport';
import type { WeekStartDay } from '../../../../shared/progress/progressCalendar';
import { fact } from './factBuilder';

const TODAY = '2026-11-20';
const journal = generateJournal({
  seed: 1406,
  reflections: 1500,
  startDate: '2024-10-01',
  endDate: TODAY,
  timeZone: 'Europe/London',
});
const facts = journal.reflections.map(toProgressFact).filter((fact) => fact !== null);
const days = daysFromFacts(facts);
const principles = [
  { id: 'empowered-adults', title: 'Empowered adults' },
  { id: 'sphere-of-influence', title: 'Sphere of influence' },
  { id: 'negotiate-dont-manipulate', title: "Negotiate, don't manipulate" },
  { id: 'build-partnerships', title: 'Build partnerships' },
];

/** Plans: some looked back on by a reflection, some still waiting, one in the Trash. */
function plans(): PlanFact[] {
  const random = createSeededRandom(99);
  return random.sample(journal.reflections, 60).map((reflection, index): PlanFact => ({
    id: `plan-${index}`,
    status: 'ready',
    plannedAt: reflection.occurredAt,
    timeZone: 'Europe/London',
    personIds: reflection.personIds,
    reflectionId: index % 3 === 0 ? null : reflection.id,
    deletedAt: index === 1 ? '2026-11-01T10:00:00.000Z' : null,
  }));
}

describe('the Progress report from day rollups', () => {
  const preparations = plans();
  const linked = new Set(preparations.map((plan) => plan.reflectionId));
  const plannedFacts = facts.filter((fact) => linked.has(fact.id));
  const nowMs = Date.parse('2026-11-20T12:00:00Z');
  const recordedRelationships = new Map(
    journal.people.slice(0, 5).map((person) => [person.id, 'external' as const]),
  );

  const cases = rangePresets.flatMap((preset) =>
    ([1, 0] as WeekStartDay[]).map((weekStartsOn) => ({ preset, weekStartsOn })),
  );
  it.each(cases)(
    'draws the same numbers as the facts for $preset, weeks from day $weekStartsOn',
    ({ preset, weekStartsOn }) => {
      const range = resolveRange(preset, TODAY, { from: '2025-12-30', to: '2026-02-02' });
      // Each path reads what the page reads for the range: facts or days from `from` (or the start) to `to`.
      const inRange = <T extends { day: string }>(items: readonly T[]) =>
        items.filter((item) => (range.from === null || item.day >= range.from) && item.day <= range.to);
      const common = {
        range,
        today: TODAY,
        weekStartsOn,
        principles,
        preparations,
        nowMs,
        recordedRelationships,
      };
      const fromFacts = buildProgressReport({ ...common, facts: inRange(facts), filters: noFilters });
      const fromDays = buildProgressReportFromDays({ ...common, days: inRange(days), plannedFacts });
      expect(fromDays).toEqual(fromFacts);
      // The journal is rich enough that every figure has something to compare.
      expect(fromFacts.reflections).toBeGreaterThan(20);
      expect(fromFacts.plans.withPlan.reflections).toBeGreaterThan(0);
      expect(fromFacts.escalations.answered).toBeGreaterThan(0);
    },
  );

  it('all time over the whole journal has every insight and a sphere of people', () => {
    const common = { range: resolveRange('all', TODAY), today: TODAY, weekStartsOn: 1 as const, principles };
    const fromDays = buildProgressReportFromDays({ ...common, days, preparations, plannedFacts, nowMs });
    expect(fromDays).toEqual(
      buildProgressReport({ ...common, facts, filters: noFilters, preparations, nowMs }),
    );
    expect(fromDays.insights.length).toBeGreaterThanOrEqual(3);
    expect(fromDays.sphere.flatMap((group) => group.people).length).toBeGreaterThan(5);
    expect(fromDays.sphere.some((group) => group.people.some((person) => person.latestTrust !== null))).toBe(
      true,
    );
  });

  it('an empty journal gives the same empty report', () => {
    const common = { range: resolveRange('all', TODAY), today: TODAY, weekStartsOn: 1 as const, principles };
    expect(buildProgressReportFromDays({ ...common, days: [], nowMs })).toEqual(
      buildProgressReport({ ...common, facts: [], filters: noFilters, nowMs }),
    );
  });

  it('takes the newest trust and relationship of a day with several reflections with someone', () => {
    const busyDay = [
      fact('2026-11-02', { personIds: ['dana'], trust: 2, relationship: 'peer' }),
      fact('2026-11-02', { personIds: ['dana'], trust: 5, relationship: 'manager' }),
      fact('2026-11-02', { personIds: ['dana'], trust: null, relationship: null }),
      fact('2026-11-01', { personIds: ['dana'], trust: 1, relationship: 'external' }),
    ];
    const common = {
      range: resolveRange('last-4-weeks', TODAY),
      today: TODAY,
      weekStartsOn: 1 as const,
      principles,
    };
    const fromDays = buildProgressReportFromDays({ ...common, days: daysFromFacts(busyDay), nowMs });
    expect(fromDays).toEqual(buildProgressReport({ ...common, facts: busyDay, filters: noFilters, nowMs }));
    expect(fromDays.sphere).toEqual([
      {
        relationship: 'manager',
        people: [{ personId: 'dana', interactions: 4, latestTrust: 5, lastDay: '2026-11-02' }],
      },
    ]);
  });
});
