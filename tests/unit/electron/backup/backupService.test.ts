import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { realBackupFs, verifyBackupFile } from '../../../../electron/backup/backupFiles';
import { createBackupService } from '../../../../electron/backup/backupService';
import { backupFileName } from '../../../../shared/backup/backupHeader';
import { planRotation } from '../../../../shared/backup/backupRotation';
import { verifyBackup } from '../../../../shared/backup/verifyBackup';
import { backupMadeAt, filesIn, sendBackup, tempFolder } from './backupTestKit';

vi.mock('electron', () => ({}));

function serviceIn(folder: string, fs = realBackupFs) {
  return createBackupService({
    folder: async () => folder,
    fs,
    timeZone: () => 'Europe/Paris',
    log: vi.fn(),
  });
}

describe('backup service', () => {
  it('writes a backup sent in pieces under its own name, and it verifies as the page made it', async () => {
    const folder = await tempFolder();
    const { header, bytes } = await backupMadeAt('2026-12-06T08:00:00.000Z');
    const result = await sendBackup(serviceIn(folder), bytes, header);
    expect(result.entry).toMatchObject({ name: backupFileName(header.createdAt), counts: header.counts });
    expect(await filesIn(folder)).toEqual([backupFileName(header.createdAt)]);
    const written = new Uint8Array(await readFile(path.join(folder, result.entry.name)));
    expect(written).toEqual(bytes);
    await expect(verifyBackup(written)).resolves.toMatchObject({ ok: true });
  });

  it('leaves the previous backup intact and no temp file when the rename fails', async () => {
    const folder = await tempFolder();
    const first = await backupMadeAt('2026-12-05T08:00:00.000Z');
    await sendBackup(serviceIn(folder), first.bytes, first.header);
    const before = await readFile(path.join(folder, backupFileName(first.header.createdAt)));
    const failingRename = { ...realBackupFs, rename: vi.fn(() => Promise.reject(new Error('power cut'))) };
    const second = await backupMadeAt('2026-12-06T08:00:00.000Z');
    await expect(sendBackup(serviceIn(folder, failingRename), second.bytes, second.header)).rejects.toThrow(
      'The backup could not be written: power cut.',
    );
    expect(failingRename.rename).toHaveBeenCalledOnce();
    expect(await filesIn(folder)).toEqual([backupFileName(first.header.createdAt)]);
    expect(await readFile(path.join(folder, backupFileName(first.header.createdAt)))).toEqual(before);
  });

  it('keeps nothing and deletes nothing when what was written does not read back as the page made it', async () => {
    const folder = await tempFolder();
    const service = serviceIn(folder);
    const old = await backupMadeAt('2026-10-01T08:00:00.000Z');
    await sendBackup(service, old.bytes, old.header);
    const { header, bytes } = await backupMadeAt('2026-12-06T08:00:00.000Z');
    const damaged = bytes.slice();
    damaged[damaged.byteLength - 40] = (damaged[damaged.byteLength - 40] ?? 0) ^ 1;
    await expect(sendBackup(service, damaged, header)).rejects.toThrow(
      'it did not read back as written (its checksum does not match: the file was changed or damaged)',
    );
    expect(await filesIn(folder)).toEqual([backupFileName(old.header.createdAt)]);
  });

  it('rotates after a verified write, deleting exactly what the policy names', async () => {
    const folder = await tempFolder();
    const service = serviceIn(folder);
    for (let day = 1; day <= 40; day += 1) {
      const at = new Date(Date.UTC(2026, 9, day, 8)).toISOString();
      const { bytes } = await backupMadeAt(at);
      await writeFile(path.join(folder, backupFileName(at)), bytes);
    }
    const before = (await service.list()).backups;
    const { header, bytes } = await backupMadeAt('2026-12-06T08:00:00.000Z');
    const newest = backupFileName(header.createdAt);
    const expected = planRotation({
      backups: [
        { name: newest, createdAt: header.createdAt, readable: true },
        ...before.map(({ name, createdAt }) => ({ name, createdAt: createdAt ?? '', readable: true })),
      ],
      newestVerified: newest,
      timeZone: 'Europe/Paris',
    });
    expect(expected.length).toBeGreaterThan(20);
    const result = await sendBackup(service, bytes, header);
    expect(result.deleted.sort()).toEqual(expected.sort());
    const left = await filesIn(folder);
    expect(left).toContain(newest);
    expect(left).toHaveLength(41 - expected.length);
  });

  it('refuses a write that grows past what it announced, and removes its temp file', async () => {
    const folder = await tempFolder();
    const service = serviceIn(folder);
    const { header, bytes } = await backupMadeAt('2026-12-06T08:00:00.000Z');
    const { writeId } = await service.begin({ header, totalBytes: 10 });
    await expect(service.append({ writeId, chunk: bytes.subarray(0, 11) })).rejects.toThrow(
      'The backup is larger than announced, so it was not kept.',
    );
    expect(await filesIn(folder)).toEqual([]);
    await expect(service.commit({ writeId })).rejects.toThrow('This backup is no longer being written');
  });

  it('refuses to keep a backup committed before all of it arrived', async () => {
    const folder = await tempFolder();
    const service = serviceIn(folder);
    const { header, bytes } = await backupMadeAt('2026-12-06T08:00:00.000Z');
    const { writeId } = await service.begin({ header, totalBytes: bytes.byteLength });
    await service.append({ writeId, chunk: bytes.subarray(0, 100) });
    await expect(service.commit({ writeId })).rejects.toThrow(
      'The backup is incomplete, so it was not kept.',
    );
    expect(await filesIn(folder)).toEqual([]);
  });

  it('finds a backup damaged on disk, and lists it with its problem', async () => {
    const folder = await tempFolder();
    const service = serviceIn(folder);
    const { header, bytes } = await backupMadeAt('2026-12-06T08:00:00.000Z');
    await sendBackup(service, bytes, header);
    const filePath = path.join(folder, backupFileName(header.createdAt));
    await writeFile(filePath, bytes.subarray(0, bytes.byteLength - 5));
    await expect(verifyBackupFile(realBackupFs, filePath)).resolves.toEqual({
      ok: false,
      reason: 'it is cut short (the file is incomplete)',
    });
    await writeFile(path.join(folder, 'influence-journal-backup-2026-12-07T08-00-00Z.json'), 'not a backup');
    const { backups } = await service.list();
    expect(backups.map(({ problem }) => problem)).toEqual([
      undefined,
      'it is not an Influence Journal backup',
    ]);
  });

  it('reads a backup back in pieces for a restore', async () => {
    const folder = await tempFolder();
    const service = serviceIn(folder);
    const { header, bytes } = await backupMadeAt('2026-12-06T08:00:00.000Z');
    const { entry } = await sendBackup(service, bytes, header);
    const piece = await service.read({ name: entry.name, offset: 10 });
    expect(piece.totalBytes).toBe(bytes.byteLength);
    expect(piece.bytes).toEqual(bytes.subarray(10));
  });
});
