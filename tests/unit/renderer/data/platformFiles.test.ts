import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '../../../../shared/ipc/channels';
import type { JournalApi } from '../../../../shared/ipc/journalApi';
import { createBrowserPlatform } from '../../../../renderer/platform/browserPlatform';
import { createElectronPlatform } from '../../../../renderer/platform/electronPlatform';
import { PlatformError } from '../../../../renderer/platform/JournalPlatform';
import { letBlobsReadAsBytes, readBlobText } from './readBlob';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('saving a file in the browser', () => {
  it('downloads it through a temporary link under the suggested name, then releases the URL', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:journal/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const platform = createBrowserPlatform('1.0.0');
    const result = await platform.files.save({
      suggestedName: 'influence-journal-2026-12-06.csv',
      mimeType: 'text/csv;charset=utf-8',
      data: 'a,b\n1,2\n',
    });

    expect(result).toEqual({ saved: true });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('influence-journal-2026-12-06.csv');
    expect(clicked[0]?.href).toBe('blob:journal/1');
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(document.querySelector('a[download]')).toBeNull();

    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:journal/1');
    vi.useRealTimers();
    expect(await readBlobText(blobs[0])).toBe('a,b\n1,2\n');
  });

  it('downloads a Blob made in the worker as it is, under the type it is saved as', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:journal/2';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const data = new Blob(['{"reflections": ', '[]}\n']);
    await createBrowserPlatform('1.0.0').files.save({
      suggestedName: 'influence-journal-2026-12-06.json',
      mimeType: 'application/json',
      data,
    });
    expect(blobs[0]?.type).toBe('application/json');
    expect(await readBlobText(blobs[0])).toBe('{"reflections": []}\n');
  });
});

describe('saving a file in the desktop app', () => {
  function api(saveFile: JournalApi['saveFile']): JournalApi {
    const base: Record<string, unknown> = {};
    for (const method of Object.keys(invokeChannels)) base[method] = vi.fn();
    for (const method of Object.keys(eventChannels)) base[method] = vi.fn(() => () => undefined);
    return { ...(base as JournalApi), saveFile };
  }
  const file = { suggestedName: 'journal.json', mimeType: 'application/json', data: '{}' };

  it('goes through file:save and gives back where the file went', async () => {
    const saveFile = vi.fn(async () => ({
      ok: true as const,
      value: { saved: true, path: '/home/sam/journal.json' },
    }));
    await expect(createElectronPlatform(api(saveFile)).files.save(file)).resolves.toEqual({
      saved: true,
      path: '/home/sam/journal.json',
    });
    expect(saveFile).toHaveBeenCalledWith(file);
  });

  it('reads a Blob into bytes for the bridge, which takes text or bytes', async () => {
    letBlobsReadAsBytes();
    const saveFile = vi.fn(async (_request: unknown) => ({ ok: true as const, value: { saved: true } }));
    const blob = new Blob(['{"reflections": ', '[]}\n'], { type: 'application/json' });
    await createElectronPlatform(api(saveFile)).files.save({ ...file, data: blob });
    const sent = saveFile.mock.calls[0]?.[0] as { data: unknown; suggestedName: string };
    expect(sent.suggestedName).toBe('journal.json');
    expect(sent.data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(sent.data as Uint8Array)).toBe('{"reflections": []}\n');
  });

  it('throws the message main gave when the write failed', async () => {
    const message = 'Could not save journal.json in /media/usb: the disk is full.';
    const saveFile = vi.fn(async () => ({ ok: false as const, error: { code: 'failed' as const, message } }));
    await expect(createElectronPlatform(api(saveFile)).files.save(file)).rejects.toEqual(
      new PlatformError('failed', message),
    );
  });
});
