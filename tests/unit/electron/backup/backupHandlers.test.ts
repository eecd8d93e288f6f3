import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackupHandlers, type FolderDialogLike } from '../../../../electron/backup/backupHandlers';
import type { SenderLike } from '../../../../electron/ipc/isTrustedSender';
import { registerIpcHandlers, type IpcMainLike } from '../../../../electron/ipc/registerIpcHandlers';
import { backupFileName } from '../../../../shared/backup/backupHeader';
import { BACKUP_CHUNK_MAX_BYTES } from '../../../../shared/ipc/backupContract';
import { stubIpcHandlers } from '../stubIpcHandlers';
import { backupMadeAt, filesIn, tempFolder } from './backupTestKit';

vi.mock('electron', () => ({}));

interface FakeWindow {
  id: number;
}
const fromApp: SenderLike = { senderFrame: { url: 'app://journal/index.html#/data' } };
const fromElsewhere: SenderLike = { senderFrame: { url: 'https://example.com/' } };

async function setup(folderChoice: string[] = []) {
  const filesDir = await tempFolder();
  const dialog: FolderDialogLike<FakeWindow> = {
    showOpenDialog: vi.fn(async () => ({ canceled: folderChoice.length === 0, filePaths: folderChoice })),
  };
  const notifyFailure = vi.fn();
  let clock = 0;
  const { handlers } = createBackupHandlers<FakeWindow>({
    filesDir,
    dialog,
    parentWindow: () => ({ id: 1 }),
    notifyFailure,
    log: vi.fn(),
    now: () => clock,
    timeZone: () => 'Europe/Paris',
  });
  const registered = new Map<string, (event: SenderLike, payload: unknown) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void registered.set(channel, listener) };
  registerIpcHandlers(ipcMain, { ...stubIpcHandlers(), ...handlers }, 'app://journal', vi.fn());
  const call = (channel: string, payload: unknown, sender: SenderLike = fromApp) => {
    const listener = registered.get(channel);
    if (listener === undefined) throw new Error(`${channel} was not registered`);
    return listener(sender, payload) as Promise<{
      ok: boolean;
      value?: unknown;
      error?: { code: string; message: string };
    }>;
  };
  return { filesDir, dialog, notifyFailure, call, advance: (ms: number) => (clock += ms) };
}

describe('backup channels', () => {
  it('write into backups/ in the data folder through begin, append and commit', async () => {
    const { filesDir, call } = await setup();
    const { header, bytes } = await backupMadeAt('2026-12-06T08:00:00.000Z');
    const begun = await call('backup:begin', { header, totalBytes: bytes.byteLength });
    const { writeId } = begun.value as { writeId: string };
    expect(await call('backup:append', { writeId, chunk: bytes })).toEqual({ ok: true, value: null });
    const committed = await call('backup:commit', { writeId });
    expect(committed.ok).toBe(true);
    expect(await filesIn(path.join(filesDir, 'backups'))).toEqual([backupFileName(header.createdAt)]);
  });

  it('refuse a caller that is not the app page, a piece over the cap and a name that is a path', async () => {
    const { call } = await setup();
    const { header, bytes } = await backupMadeAt('2026-12-06T08:00:00.000Z');
    const refused = await call('backup:begin', { header, totalBytes: bytes.byteLength }, fromElsewhere);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const begun = await call('backup:begin', { header, totalBytes: bytes.byteLength });
    const { writeId } = begun.value as { writeId: string };
    const tooBig = await call('backup:append', {
      writeId,
      chunk: new Uint8Array(BACKUP_CHUNK_MAX_BYTES + 1),
    });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const sneaky = await call('backup:read', { name: '../settings.json', offset: 0 });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('keep the folder the person chose, and write the next backups there', async () => {
    const chosen = await tempFolder();
    const { call, dialog } = await setup([chosen]);
    expect(await call('backup:choose-folder', undefined)).toEqual({
      ok: true,
      value: { changed: true, folder: chosen },
    });
    expect(dialog.showOpenDialog).toHaveBeenCalledOnce();
    const list = await call('backup:list', undefined);
    expect(list).toEqual({ ok: true, value: { folder: chosen, backups: [] } });
  });

  it('show a failure as a notification at most once an hour', async () => {
    const { call, notifyFailure, advance } = await setup();
    await call('backup:report-failure', { reason: 'the disk is full' });
    await call('backup:report-failure', { reason: 'the disk is full' });
    expect(notifyFailure).toHaveBeenCalledTimes(1);
    advance(60 * 60 * 1000);
    await call('backup:report-failure', { reason: 'the disk is full' });
    expect(notifyFailure).toHaveBeenCalledTimes(2);
    expect(notifyFailure).toHaveBeenCalledWith('the disk is full');
  });
});
