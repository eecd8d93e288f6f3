import { createPerson } from '../../../../shared/domain/personSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';

/** The one person every generated reflection is with. */
export const dana = createPerson({ now: new Date('2026-01-05T09:00:00Z'), name: 'Dana Fox' });

/**
 * `count` complete reflections with Dana, `spacingMs` apart from `start`, each asking for its own
 * numbered item (`asked` gives the words), for the tests that need a journal larger than a step.
 */
export function generatedReflections(
  count: number,
  options: {
    start: Date;
    spacingMs: number;
    timeZone: string;
    asked: (index: number) => string;
    outcome?: (index: number) => Reflection['outcome'];
  },
): Reflection[] {
  return Array.from({ length: count }, (_, index) => ({
    ...createDraftReflection({
      now: new Date(options.start.getTime() + index * options.spacingMs),
      timeZone: options.timeZone,
    }),
    status: 'complete' as const,
    personIds: [dana.id],
    asked: options.asked(index),
    ...(options.outcome === undefined ? {} : { outcome: options.outcome(index) }),
  }));
}

/** `count` reflections a minute apart from 2026-01-01 08:00 in London, each asking for its own numbered launch figures. */
export function launchReflections(count: number): Reflection[] {
  return generatedReflections(count, {
    start: new Date(Date.UTC(2026, 0, 1, 8, 0, 0)),
    spacingMs: 60_000,
    timeZone: 'Europe/London',
    asked: (index) => `Figures for launch ${index + 1}`,
  });
}
