import { describe, expect, it } from 'vitest';
import {
  createDraftReflection,
  reflectionDraftSchema,
  type Reflection,
} from '../../../../shared/domain/reflectionSchema';
import {
  checkDraftReadReflections,
  checkImportedReflection,
  needsSearchRebuild,
  SEARCH_REBUILD_FROM,
} from '../../../../renderer/db/repositories/importedReflections';

const complete = (asked: string): Reflection => ({
  ...createDraftReflection({ now: new Date('2026-02-01T09:00:00Z'), timeZone: 'UTC' }),
  status: 'complete',
  personIds: ['019c186e-2e80-72f1-9a85-000000000001'],
  asked,
});

describe('needsSearchRebuild', () => {
  it('queues a change per reflection for a small import, and for one small beside the journal', () => {
    expect(needsSearchRebuild(SEARCH_REBUILD_FROM - 1, 0)).toBe(false);
    expect(needsSearchRebuild(SEARCH_REBUILD_FROM, SEARCH_REBUILD_FROM + 1)).toBe(false);
  });

  it('asks for a rebuild once the import is large and at least doubles the journal', () => {
    expect(needsSearchRebuild(SEARCH_REBUILD_FROM, 0)).toBe(true);
    expect(needsSearchRebuild(50_000, 50_000)).toBe(true);
  });
});

describe('checkImportedReflection', () => {
  it('gives back the reflection as the schema reads it', () => {
    const reflection = complete('One');
    expect(checkImportedReflection(reflection)).toEqual(reflection);
  });

  it('names the reflection and the field that fail', () => {
    const bad = complete('');
    expect(() => checkImportedReflection(bad)).toThrow(
      `Reflection ${bad.id} (asked): “What did you ask for?” is required`,
    );
  });

  it('checks a draft with the draft rules: an empty request is allowed', () => {
    const draft = createDraftReflection({ now: new Date('2026-02-01T09:00:00Z'), timeZone: 'UTC' });
    expect(checkImportedReflection(draft)).toEqual(draft);
  });
});

describe('checkDraftReadReflections', () => {
  // Every mix of what the complete schema adds to the draft's: status, mode, date, person, request, context.
  const cases: Reflection[] = [];
  for (const status of ['draft', 'complete'] as const)
    for (const mode of ['guided', 'quick'] as const)
      for (const occurredAt of [null, '2026-02-01T09:00'])
        for (const personIds of [[], ['019c186e-2e80-72f1-9a85-000000000001']])
          for (const asked of ['', '  ', 'Figures'])
            for (const context of ['', 'What happened'])
              cases.push(
                reflectionDraftSchema.parse({
                  ...complete('x'),
                  status,
                  mode,
                  occurredAt,
                  personIds,
                  asked,
                  context,
                }),
              );

  const outcome = (check: () => unknown): string => {
    try {
      check();
      return 'accepted';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  it('accepts and refuses, with the same words, exactly what the save check does', () => {
    const refused = cases.filter(
      (reflection) => outcome(() => checkImportedReflection(reflection)) !== 'accepted',
    );
    // The matrix holds both kinds, so the comparison below means something.
    expect(refused.length).toBeGreaterThan(10);
    expect(refused.length).toBeLessThan(cases.length - 10);
    for (const reflection of cases) {
      expect(outcome(() => checkDraftReadReflections([reflection]))).toBe(
        outcome(() => checkImportedReflection(reflection)),
      );
    }
  });

  it('names the first reflection that fails among many', () => {
    const good = complete('Figures');
    const bad = complete('');
    expect(() => checkDraftReadReflections([good, bad, complete('')])).toThrow(
      `Reflection ${bad.id} (asked): “What did you ask for?” is required`,
    );
  });
});
