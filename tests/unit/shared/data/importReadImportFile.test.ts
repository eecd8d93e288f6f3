import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/data/importErrors';
import { encryptText } from '../../../../shared/data/passphraseEnvelope';
import {
  importFileSizeProblem,
  MAX_IMPORT_BYTES,
  readImportFile,
  type ImportReading,
} from '../../../../shared/data/readImportFile';
import { exportFile, reflection } from './importFixtures';

const FAST = { iterations: 100_000 };

function bytesOf(value: unknown): Uint8Array {
  return strToU8(typeof value === 'string' ? value : JSON.stringify(value));
}

async function refusal(
  bytes: Uint8Array,
  options: Parameters<typeof readImportFile>[2] = {},
): Promise<string> {
  const error = await readImportFile(bytes, 'journal.json', options).then(
    () => new Error('expected readImportFile to refuse the file'),
    (reason: unknown) => reason as Error,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error.message;
}

function expectKind<K extends ImportReading['kind']>(
  reading: ImportReading,
  kind: K,
): Extract<ImportReading, { kind: K }> {
  expect(reading.kind).toBe(kind);
  return reading as Extract<ImportReading, { kind: K }>;
}

const dayOneJournal = {
  metadata: { version: '1.0' },
  entries: [
    {
      uuid: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
      creationDate: '2026-03-14T13:30:00Z',
      modifiedDate: '2026-03-14T13:35:00Z',
      timeZone: 'Europe/Paris',
      starred: true,
      tags: ['Work'],
      text: 'Budget talk with Sam\\.\n\n![](dayone-moment://PHOTO1)',
      photos: [{ identifier: 'PHOTO1' }],
    },
  ],
};

describe('readImportFile: this app’s exports', () => {
  it('reads a valid export, with or without a byte-order mark', async () => {
    const plain = expectKind(await readImportFile(bytesOf(exportFile()), 'journal.json'), 'journal');
    expect(plain.export.reflections).toHaveLength(2);
    expect(plain.export.people.map((person) => person.name)).toEqual(['Tom Baker', 'Ana Silva']);
    const withBom = await readImportFile(bytesOf(`\uFEFF${JSON.stringify(exportFile())}`), 'journal.json');
    expect(withBom).toEqual(plain);
  });

  it('names the first invalid record by number, id and field', async () => {
    const file = exportFile();
    const reflections = file['reflections'] as object[];
    reflections[1] = { ...reflections[1], outcome: 'won' };
    expect(await refusal(bytesOf(file))).toBe(
      'This file cannot be imported. Reflection 2 (id 019ce0a2-5d40-7000-8000-000000000002), field “Outcome”: ' +
        'Outcome must be one of: Achieved, Partly achieved, Not yet, Made it worse.',
    );
  });

  it('refuses a reflection naming a person who is not in the file', async () => {
    const file = exportFile({ people: [] });
    expect(await refusal(bytesOf(file))).toMatch(
      /^This file cannot be imported\. Reflection 1 \(id [^)]+\), field “Who was it with\? \(item 1\)”: People lists a person who is not in the file/,
    );
  });

  it('refuses a file from a newer version', async () => {
    expect(await refusal(bytesOf(exportFile({ version: 3, somethingNew: true } as never)))).toBe(
      'This file was made by a newer version of Influence Journal (format version 3); update the app to import it.',
    );
  });

  it('refuses a truncated file and a file that is not JSON', async () => {
    const text = JSON.stringify(exportFile());
    expect(await refusal(bytesOf(text.slice(0, text.length / 2)))).toBe(
      'This file is not JSON: it ends too early, as if it was cut short.',
    );
    expect(await refusal(bytesOf('Dear diary, today I asked for the budget.'))).toMatch(
      /^This file is not JSON: /,
    );
  });

  it('refuses text that is not UTF-8 rather than garbling it', async () => {
    const latin1 = new Uint8Array([
      ...bytesOf('{"format":"influence-journal","x":"caf'),
      0xe9,
      ...bytesOf('"}'),
    ]);
    expect(await refusal(latin1)).toBe('This file is not UTF-8 text, so it cannot be an export.');
  });

  it('refuses an oversized file before reading it', async () => {
    const big = new Uint8Array(2_000);
    big.fill(0x20);
    expect(await refusal(big, { maxBytes: 1_024 })).toBe(
      'This file is too large to import (2 KB; the largest the app reads is 1 KB).',
    );
    expect(importFileSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(importFileSizeProblem(MAX_IMPORT_BYTES + 1)).toBe(
      'This file is too large to import (201 MB; the largest the app reads is 200 MB).',
    );
    expect(MAX_IMPORT_BYTES).toBe(200 * 1024 * 1024);
  });

  it('drops polluting keys before validating, so a polluted file pollutes nothing', async () => {
    const text = JSON.stringify(exportFile()).replace(
      /^\{/,
      '{"__proto__":{"polluted":1},"constructor":{"x":1},',
    );
    const reading = expectKind(await readImportFile(bytesOf(text), 'journal.json'), 'journal');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.hasOwn(reading.export, '__proto__')).toBe(false);
  });

  it('reads a coach feedback file as feedback (checked as one), and refuses other JSON', async () => {
    expect(await refusal(bytesOf({ format: 'influence-journal-feedback', version: 1 }))).toMatch(
      /^This file cannot be imported\. The file’s “appVersion”/,
    );
    expect(await refusal(bytesOf({ format: 'something-else', reflections: [] }))).toBe(
      'This file is not an Influence Journal export or a Day One export.',
    );
    expect(await refusal(bytesOf([1, 2, 3]))).toBe(
      'This file is not an Influence Journal export or a Day One export.',
    );
  });
});

describe('readImportFile: encrypted exports', () => {
  it('asks for a passphrase, then reads the export inside', async () => {
    const envelope = await encryptText(JSON.stringify(exportFile()), 'river stone', FAST);
    expect(await readImportFile(bytesOf(envelope), 'journal.json')).toEqual({ kind: 'needs-passphrase' });
    const reading = expectKind(
      await readImportFile(bytesOf(envelope), 'journal.json', { passphrase: 'river stone' }),
      'journal',
    );
    expect(reading.export.reflections.map((item) => item.id)).toEqual([
      reflection('019ce0a2-5d40-7000-8000-000000000001').id,
      reflection('019ce0a2-5d40-7000-8000-000000000002').id,
    ]);
  });

  it('refuses a wrong passphrase and a tampered file alike', async () => {
    const envelope = await encryptText(JSON.stringify(exportFile()), 'river stone', FAST);
    const message = 'The passphrase is wrong, or the file was changed after it was encrypted.';
    expect(await refusal(bytesOf(envelope), { passphrase: 'river stones' })).toBe(message);
    const tampered = {
      ...envelope,
      data: `${envelope.data.slice(0, 10)}${envelope.data[10] === 'A' ? 'B' : 'A'}${envelope.data.slice(11)}`,
    };
    expect(await refusal(bytesOf(tampered), { passphrase: 'river stone' })).toBe(message);
  });

  it('validates what it decrypts like any other file', async () => {
    const envelope = await encryptText(JSON.stringify(exportFile({ version: 3 })), 'pw', FAST);
    expect(await refusal(bytesOf(envelope), { passphrase: 'pw' })).toContain('(format version 3)');
    const notOurs = await encryptText(JSON.stringify(dayOneJournal), 'pw', FAST);
    expect(await refusal(bytesOf(notOurs), { passphrase: 'pw' })).toBe(
      'This file is not an Influence Journal export or a Day One export.',
    );
  });
});

describe('readImportFile: Day One', () => {
  it('reads a Day One journal JSON', async () => {
    const reading = expectKind(await readImportFile(bytesOf(dayOneJournal), 'Journal.json'), 'day-one');
    expect(reading.snapshot.reflections.map((item) => [item.context, item.tags])).toEqual([
      ['Budget talk with Sam.', ['Work', 'Day One']],
    ]);
    expect(reading.attachmentsNotImported.map((item) => item.identifiers)).toEqual([['PHOTO1']]);
  });

  it('reads the zip Day One makes, photos and folders aside', async () => {
    const zip = zipSync({
      'Journal.json': bytesOf(dayOneJournal),
      photos: { 'abc.jpeg': new Uint8Array([0xff, 0xd8, 0xff]) },
    });
    const reading = expectKind(await readImportFile(zip, 'Export.zip'), 'day-one');
    expect(reading.snapshot.reflections).toHaveLength(1);
  });

  it('refuses a zip that holds no Day One journal, or a broken one, naming the file inside', async () => {
    expect(await refusal(zipSync({ 'notes.txt': bytesOf('hello') }))).toBe(
      'This zip file holds no journal. This file is not an Influence Journal export or a Day One export.',
    );
    expect(await refusal(zipSync({ 'Journal.json': bytesOf('{"entries": [') }))).toBe(
      '“Journal.json” in the zip is not JSON: it ends too early, as if it was cut short.',
    );
    expect(await refusal(zipSync({ 'Journal.json': bytesOf(exportFile()) }))).toBe(
      '“Journal.json” in the zip is not a Day One journal. This file is not an Influence Journal export or a Day One export.',
    );
  });

  it('stops a zip bomb', async () => {
    const honest = zipSync({ 'Journal.json': new Uint8Array(4 * 1024 * 1024).fill(0x20) }, { level: 9 });
    const bomb = honest.slice();
    const view = new DataView(bomb.buffer);
    for (let at = 0; at + 4 <= bomb.length; at += 1) {
      if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, 100, true);
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 100, true);
    }
    expect(await refusal(bomb)).toBe(
      'This zip file is damaged or unsafe: “Journal.json” unpacks to more than its header says.',
    );
  }, 30_000);
});
