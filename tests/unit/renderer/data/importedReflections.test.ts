import { describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import {
  checkImportedReflections,
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

describe('checkImportedReflections', () => {
  it('gives back every reflection as the schema reads it, across steps', async () => {
    const all = ['One', 'Two', 'Three', 'Four', 'Five'].map(complete);
    const checked = await checkImportedReflections(all, 2);
    expect(checked.map(({ id }) => id)).toEqual(all.map(({ id }) => id));
  });

  it('names the reflection and the field that fail, even in a later step', async () => {
    const bad = complete('');
    await expect(checkImportedReflections([complete('One'), complete('Two'), bad], 2)).rejects.toThrow(
      `Reflection ${bad.id} (asked): “What did you ask for?” is required`,
    );
  });

  it('checks a draft with the draft rules: an empty request is allowed', async () => {
    const draft = createDraftReflection({ now: new Date('2026-02-01T09:00:00Z'), timeZone: 'UTC' });
    await expect(checkImportedReflections([draft])).resolves.toHaveLength(1);
  });
});
