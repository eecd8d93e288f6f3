import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFileHandlers,
  writeFileAtomically,
  type AtomicFileWriter,
  type SaveDialogLike,
} from '../../../electron/ipc/handlers/fileHandlers';
import type { SenderLike } from '../../../electron/ipc/isTrustedSender';
import { registerIpcHandlers, type IpcMainLike } from '../../../electron/ipc/registerIpcHandlers';
import { SAVE_FILE_MAX_BYTES } from '../../../shared/ipc/fileContract';
import { stubIpcHandlers } from './stubIpcHandlers';

interface FakeWindow {
  id: number;
}

const mainWindow: FakeWindow = { id: 1 };
const fromApp: SenderLike = { senderFrame: { url: 'app://journal/index.html#/data' } };
const fromElsewhere: SenderLike = { senderFrame: { url: 'https://example.com/' } };

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'ij-file-save-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The real handler behind the real registry, with a fake dialog that answers `choice`. */
const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

function setup(
  choice: { canceled: boolean; filePath?: string },
  write: AtomicFileWriter = writeFileAtomically,
  printToPdf: () => Promise<Uint8Array> = async () => pdfBytes,
) {
  const dialog: SaveDialogLike<FakeWindow> = { showSaveDialog: vi.fn(async () => choice) };
  const writer = vi.fn(write);
  const handlers = createFileHandlers<FakeWindow>({
    dialog,
    write: writer,
    parentWindow: () => mainWindow,
    defaultFolder: () => '/home/sam/Documents',
    printToPdf: vi.fn(printToPdf),
  });
  const registered = new Map<string, (event: SenderLike, payload: unknown) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void registered.set(channel, listener) };
  registerIpcHandlers(ipcMain, { ...stubIpcHandlers(), ...handlers }, 'app://journal', vi.fn());
  const call = (channel: string, payload: unknown, sender: SenderLike) => {
    const listener = registered.get(channel);
    if (listener === undefined) throw new Error(`${channel} was not registered`);
    return listener(sender, payload);
  };
  const save = (payload: unknown, sender: SenderLike = fromApp) => call('file:save', payload, sender);
  const saveReport = (payload: unknown) => call('file:save-report-pdf', payload, fromApp);
  return { dialog, writer, save, saveReport };
}

const exportRequest = {
  suggestedName: 'influence-journal-2026-12-06.json',
  mimeType: 'application/json',
  data: '{"reflections":[]}',
};

describe('file:save', () => {
  it('asks where to save over the app window, with the suggested name and its kind of file', async () => {
    const target = path.join(folder, 'mine.json');
    const { dialog, save } = setup({ canceled: false, filePath: target });
    expect(await save(exportRequest)).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      mainWindow,
      expect.objectContaining({
        defaultPath: path.join('/home/sam/Documents', 'influence-journal-2026-12-06.json'),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      }),
    );
    expect(await readFile(target, 'utf8')).toBe('{"reflections":[]}');
  });

  it('writes bytes as they are (a zip)', async () => {
    const target = path.join(folder, 'reflections.zip');
    const { save } = setup({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    const result = await save({ suggestedName: 'reflections.zip', mimeType: 'application/zip', data: bytes });
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    expect([...(await readFile(target))]).toEqual([...bytes]);
  });

  it('writes nothing when the person cancels the dialog', async () => {
    const { writer, save } = setup({ canceled: true, filePath: '' });
    expect(await save(exportRequest)).toEqual({ ok: true, value: { saved: false } });
    expect(writer).not.toHaveBeenCalled();
  });

  it('replaces an existing file whole, leaving no temporary file beside it', async () => {
    const target = path.join(folder, 'journal.json');
    await writeFile(target, 'the older export');
    const { save } = setup({ canceled: false, filePath: target });
    await save(exportRequest);
    expect(await readFile(target, 'utf8')).toBe(exportRequest.data);
    expect(await readdir(folder)).toEqual(['journal.json']);
  });

  it('says which file could not be written and why, and keeps the older file', async () => {
    const target = path.join(folder, 'journal.json');
    await writeFile(target, 'the older export');
    const diskFull = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const { save } = setup({ canceled: false, filePath: target }, async () => Promise.reject(diskFull));
    expect(await save(exportRequest)).toEqual({
      ok: false,
      error: { code: 'failed', message: `Could not save journal.json in ${folder}: the disk is full.` },
    });
    expect(await readFile(target, 'utf8')).toBe('the older export');
  });

  it('refuses a name that is a path, and never opens the dialog for it', async () => {
    for (const suggestedName of ['../../.bashrc', '/etc/passwd.json', 'a\\b.json', '.hidden.json', 'noext']) {
      const { dialog, save } = setup({ canceled: false, filePath: path.join(folder, 'x.json') });
      const result = await save({ ...exportRequest, suggestedName });
      expect(result, suggestedName).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    }
  });

  it('refuses data over the size cap and data that is neither text nor bytes', async () => {
    const { dialog, save } = setup({ canceled: false, filePath: path.join(folder, 'x.json') });
    const oversized = new Uint8Array(new ArrayBuffer(SAVE_FILE_MAX_BYTES + 1));
    expect(await save({ ...exportRequest, data: oversized })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('larger than 300 MB') },
    });
    expect(await save({ ...exportRequest, data: { length: 3 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('is refused to any page but the app, before any dialog opens (the registry checks the sender)', async () => {
    const { dialog, save } = setup({ canceled: false, filePath: path.join(folder, 'x.json') });
    expect(await save(exportRequest, fromElsewhere)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('file:save-report-pdf', () => {
  it('prints the report page to PDF and saves it where the person picks', async () => {
    const target = path.join(folder, 'report.pdf');
    const { dialog, saveReport } = setup({ canceled: false, filePath: target });
    const result = await saveReport({ suggestedName: 'influence-journal-2026-12-06-report.pdf' });
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      mainWindow,
      expect.objectContaining({ filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
    expect([...(await readFile(target))]).toEqual([...pdfBytes]);
  });

  it('says the PDF could not be made, and never opens the dialog, when printing fails', async () => {
    const { dialog, saveReport } = setup(
      { canceled: false, filePath: path.join(folder, 'r.pdf') },
      undefined,
      () => Promise.reject(new Error('the page is gone')),
    );
    expect(await saveReport({ suggestedName: 'report.pdf' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The report could not be made into a PDF: the page is gone.' },
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a name that is not a PDF', async () => {
    const { saveReport } = setup({ canceled: false, filePath: path.join(folder, 'r.pdf') });
    expect(await saveReport({ suggestedName: 'report.json' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('must end in .pdf') },
    });
  });
});
