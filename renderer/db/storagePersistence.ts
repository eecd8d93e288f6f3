export interface StorageStatus {
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

/**
 * Asks the browser not to evict the journal under storage pressure. Failure is not fatal,
 * but it is reported (Settings shows it) rather than swallowed.
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined,
): Promise<StorageStatus> {
  if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null };
  let persisted: boolean | null;
  try {
    persisted = (await storage.persisted()) || (await storage.persist());
  } catch {
    persisted = null;
  }
  try {
    const estimate = await storage.estimate();
    return { persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
  } catch {
    return { persisted, usageBytes: null, quotaBytes: null };
  }
}
