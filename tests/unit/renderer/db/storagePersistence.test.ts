import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../../renderer/db/storagePersistence';

describe('requestPersistentStorage', () => {
  it('asks for persistence when not yet persisted and reports usage', async () => {
    const storage = {
      persisted: vi.fn(async () => false),
      persist: vi.fn(async () => true),
      estimate: vi.fn(async () => ({ usage: 2048, quota: 1_000_000 })),
    };
    await expect(requestPersistentStorage(storage)).resolves.toEqual({
      persisted: true,
      usageBytes: 2048,
      quotaBytes: 1_000_000,
    });
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when already persisted', async () => {
    const storage = {
      persisted: vi.fn(async () => true),
      persist: vi.fn(async () => true),
      estimate: vi.fn(async () => ({})),
    };
    const status = await requestPersistentStorage(storage);
    expect(status.persisted).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports unknown rather than throwing when the browser refuses', async () => {
    const storage = {
      persisted: vi.fn(async () => {
        throw new Error('denied');
      }),
      persist: vi.fn(async () => false),
      estimate: vi.fn(async () => {
        throw new Error('no estimate');
      }),
    };
    await expect(requestPersistentStorage(storage)).resolves.toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
  });

  it('copes with a browser that has no storage manager', async () => {
    await expect(requestPersistentStorage(undefined)).resolves.toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
  });
});
