import type { Preparation } from '../../../shared/domain/preparationSchema';
import { useJournal } from '../../db/JournalContext';
import { useLiveResult } from '../journal/useLiveResult';

/**
 * The preparation a reflection looks back on, kept live; null when it has none or the plan is
 * gone, undefined while loading.
 */
export function useLinkedPreparation(preparationId: string | null): Preparation | null | undefined {
  const { preparations } = useJournal();
  const result = useLiveResult(
    async () => (preparationId === null ? null : ((await preparations.get(preparationId)) ?? null)),
    [preparations, preparationId],
  );
  if (preparationId === null) return null;
  if (result.status === 'loading') return undefined;
  return result.status === 'ready' ? result.value : null;
}
