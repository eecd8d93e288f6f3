import { describe, expect, it } from 'vitest';
import type { ProgressFact } from '../../../../shared/progress/progressFact';
import { changeMonths, monthsFromFacts, type ProgressMonth } from '../../../../shared/progress/progressMonth';
import { ProgressMonthsBuilder } from '../../../../shared/progress/progressMonthsBuilder';
import { fact, rated } from './factBuilder';

/** A small seeded generator, so a failing case can be run again. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const months = ['2025-11', '2025-12', '2026-01', '2026-02'];

function randomFact(next: () => number): ProgressFact {
  const month = months[Math.floor(next() * months.length)] ?? '2026-01';
  const day = `${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  return fact(day, {
    outcome: next() < 0.5 ? 'achieved' : null,
    principles: next() < 0.5 ? rated('empowered-adults', Math.ceil(next() * 5), next() < 0.5) : {},
    trust: next() < 0.3 ? Math.ceil(next() * 5) : null,
    personIds: next() < 0.5 ? ['dana'] : ['li', 'dana'],
    tags: next() < 0.3 ? ['budget'] : [],
  });
}

/** What syncing step by step stores: each step's months read back, changed and written. */
function stepByStep(stored: readonly ProgressMonth[], steps: readonly ProgressFact[][]): ProgressMonth[] {
  const table = new Map(stored.map((month) => [month.month, month]));
  for (const step of steps) {
    for (const month of changeMonths(table, [], step).put) table.set(month.month, month);
  }
  return [...table.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** What the builder stores: each month handed out replaces the one before, as a put would. */
function built(
  stored: readonly ProgressMonth[],
  steps: readonly ProgressFact[][],
  last: 'takeAll' | 'takeNext',
): { months: ProgressMonth[]; written: number } {
  const table = new Map(stored.map((month) => [month.month, month]));
  const builder = new ProgressMonthsBuilder([...stored, undefined]);
  let written = 0;
  const put = (month: ProgressMonth) => {
    written += 1;
    table.set(month.month, month);
  };
  for (const step of steps) {
    builder.add(step);
    builder.takeLeft().forEach(put);
  }
  if (last === 'takeAll') builder.takeAll().forEach(put);
  else for (let month = builder.takeNext(); month !== undefined; month = builder.takeNext()) put(month);
  return { months: [...table.values()].sort((a, b) => a.month.localeCompare(b.month)), written };
}

function inSteps<T>(items: readonly T[], size: number): T[][] {
  const steps: T[][] = [];
  for (let start = 0; start < items.length; start += size) steps.push(items.slice(start, start + size));
  return steps;
}

describe('building the Progress months of an import in memory', () => {
  it('ends with the same months as syncing step by step, on random imports into journals with and without facts in those months', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const next = random(seed);
      const storedFacts = Array.from({ length: Math.floor(next() * 30) }, () => randomFact(next));
      const stored = monthsFromFacts(storedFacts);
      const imported = Array.from({ length: 1 + Math.floor(next() * 120) }, () => randomFact(next));
      // Half the imports in time order (as an export is), half in any order.
      if (seed % 2 === 0) imported.sort((a, b) => a.day.localeCompare(b.day));
      const steps = inSteps(imported, 1 + Math.floor(next() * 25));
      const expected = stepByStep(stored, steps);
      expect(built(stored, steps, 'takeAll').months, `seed ${seed}`).toEqual(expected);
      expect(built(stored, steps, 'takeNext').months, `seed ${seed}`).toEqual(expected);
    }
  });

  it('writes each month once when the import comes in time order', () => {
    const imported = months.flatMap((month) =>
      Array.from({ length: 30 }, (_, index) => fact(`${month}-${String(1 + (index % 28)).padStart(2, '0')}`)),
    );
    const steps = inSteps(imported, 7);
    const { months: result, written } = built([], steps, 'takeNext');
    expect(written).toBe(months.length);
    expect(result).toEqual(stepByStep([], steps));
  });

  it('hands out nothing when the steps held no facts', () => {
    const builder = new ProgressMonthsBuilder([]);
    builder.add([]);
    expect(builder.takeLeft()).toEqual([]);
    expect(builder.takeAll()).toEqual([]);
    expect(builder.takeNext()).toBeUndefined();
  });
});
