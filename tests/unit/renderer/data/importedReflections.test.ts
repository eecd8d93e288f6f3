import { describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import {
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
