import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupFileName, backupFileNamePattern, buildBackup } from '../../../../shared/backup/backupFile';
import { readBackupHeader, verifyBackup } from '../../../../shared/backup/verifyBackup';
import { readImportFile } from '../../../../shared/data/readImportFile';
import { backupContext, journalWithTrash } from './backupFixtures';

function verifiedOrThrow<T extends { ok: boolean; reason?: string }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`The backup was refused: ${result.reason ?? ''}`);
  return result as Extract<T, { ok: true }>;
}

describe('buildBackup', () => {
  it('holds the whole journal, the Trash and private reflections included, with counts and a checksum', async () => {
    const snapshot = journalWithTrash();
    const { header, bytes } = await buildBackup(snapshot, backupContext);
    expect(header).toMatchObject({
      format: 'influence-journal-backup',
      version: 1,
      appVersion: '1.2.3',
      schemaVersion: 3,
      createdAt: backupContext.createdAt,
      counts: { reflections: 3, inTrash: 1, people: 2, principleSettings: 1, reminders: 1 },
    });
    expect(header.sha256).toMatch(/^[0-9a-f]{64}$/);
    const verified = verifiedOrThrow(await verifyBackup(bytes));
    expect(verified.journal.reflections.map((r) => r.context)).toEqual(
      snapshot.reflections.map((r) => r.context),
    );
    expect(verified.journal.reflections[2]?.deletedAt).toBe(backupContext.createdAt);
    expect(verified.journal.people).toEqual(snapshot.people);
    expect(verified.journal.principleSettings).toEqual(snapshot.principleSettings);
    expect(verified.journal.reminders).toEqual(snapshot.reminders);
  });

  it('is one JSON document whose journal part is an ordinary export the importer reads', async () => {
    const { bytes } = await buildBackup(journalWithTrash(), backupContext);
    const whole = JSON.parse(strFromU8(bytes)) as { backup: unknown; journal: unknown };
    expect(whole.backup).toMatchObject({ format: 'influence-journal-backup' });
    const reading = await readImportFile(strToU8(JSON.stringify(whole.journal)), 'journal.json');
    expect(reading.kind).toBe('journal');
  });

  it('imports through "Import file" as the export it holds, the Trash included', async () => {
    const snapshot = journalWithTrash();
    const { bytes } = await buildBackup(snapshot, backupContext);
    const reading = await readImportFile(bytes, 'influence-journal-backup-2026-12-06T08-47-37Z.json');
    if (reading.kind !== 'journal') throw new Error(`read as ${reading.kind}`);
    expect(reading.export.reflections.map((r) => r.id)).toEqual(snapshot.reflections.map((r) => r.id));
    expect(reading.export.reflections[2]?.deletedAt).toBe(backupContext.createdAt);
  });

  it('names files so they sort by time and contain no colon', () => {
    const name = backupFileName('2026-12-06T08:47:37.123Z');
    expect(name).toBe('influence-journal-backup-2026-12-06T08-47-37Z.json');
    expect(backupFileNamePattern.test(name)).toBe(true);
    expect(backupFileNamePattern.test('../influence-journal-backup-2026-12-06T08-47-37Z.json')).toBe(false);
  });
});

describe('verifyBackup', () => {
  async function built(): Promise<Uint8Array> {
    return (await buildBackup(journalWithTrash(), backupContext)).bytes;
  }

  it('refuses a backup with one byte of its journal changed, naming the checksum', async () => {
    const bytes = await built();
    const text = strFromU8(bytes);
    const damaged = strToU8(text.replace('Asked Tom for the budget', 'Asked Tom for the budgeT'));
    expect(damaged.byteLength).toBe(bytes.byteLength);
    await expect(verifyBackup(damaged)).resolves.toEqual({
      ok: false,
      reason: 'its checksum does not match: the file was changed or damaged',
    });
  });

  it('refuses a cut-short file and one with bytes added', async () => {
    const bytes = await built();
    await expect(verifyBackup(bytes.subarray(0, bytes.byteLength - 100))).resolves.toEqual({
      ok: false,
      reason: 'it is cut short (the file is incomplete)',
    });
    const longer = new Uint8Array(bytes.byteLength + 1);
    longer.set(bytes);
    longer[bytes.byteLength] = 32;
    await expect(verifyBackup(longer)).resolves.toMatchObject({
      ok: false,
      reason: 'it has more in it than its header says',
    });
  });

  it('refuses counts that do not match the journal even when the checksum does', async () => {
    const text = strFromU8(await built());
    const lied = strToU8(text.replace('"reflections":3', '"reflections":4'));
    await expect(verifyBackup(lied)).resolves.toEqual({
      ok: false,
      reason: 'its counts do not match the journal inside it',
    });
  });

  it('refuses a file that is not a backup and one from a newer version', async () => {
    await expect(verifyBackup(strToU8('{"format":"influence-journal"}'))).resolves.toMatchObject({
      ok: false,
      reason: 'it is not an Influence Journal backup',
    });
    const text = strFromU8(await built());
    const newer = readBackupHeader(text.replace('"version":1,', '"version":2,'));
    expect(newer).toEqual({
      ok: false,
      reason: 'it was made by a newer version of Influence Journal (backup format 2)',
    });
  });

  it('reads the header from the first line alone and says where the journal begins', async () => {
    const bytes = await built();
    const text = strFromU8(bytes);
    const firstLine = text.slice(0, text.indexOf('\n') + 1);
    const reading = readBackupHeader(firstLine);
    if (!reading.ok) throw new Error(`The header was refused: ${reading.reason}`);
    expect(strFromU8(bytes.subarray(reading.prefixBytes, reading.prefixBytes + 12))).toBe('{"format":"i');
  });
});
