import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { buildBackup } from '../../../../shared/backup/backupFile';
import type { BackupService } from '../../../../electron/backup/backupService';
import { backupContext, journalWithTrash } from '../../shared/backup/backupFixtures';

const folders: string[] = [];

export async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'ij-backups-'));
  folders.push(folder);
  return folder;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

export async function backupMadeAt(createdAt: string) {
  return buildBackup(journalWithTrash(), { ...backupContext, createdAt });
}

/** Sends a backup the way the page does: begin, pieces of `pieceBytes`, commit. */
export async function sendBackup(
  service: BackupService,
  bytes: Uint8Array,
  header: Parameters<BackupService['begin']>[0]['header'],
  pieceBytes = 1000,
) {
  const { writeId } = await service.begin({ header, totalBytes: bytes.byteLength });
  for (let offset = 0; offset < bytes.byteLength; offset += pieceBytes) {
    await service.append({ writeId, chunk: bytes.subarray(offset, offset + pieceBytes) });
  }
  return service.commit({ writeId });
}

export async function filesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort();
}
