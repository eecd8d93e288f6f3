import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/data/importErrors';
import {
  DEFAULT_ITERATIONS,
  decryptEnvelope,
  encryptText,
  fromBase64,
  isEncryptedEnvelope,
  toBase64,
  WRONG_PASSPHRASE_MESSAGE,
} from '../../../../shared/data/passphraseEnvelope';

// The lowest count a file may ask for: keeps these tests fast while staying inside the accepted range.
const FAST = { iterations: 100_000 };
const PLAIN = '{"format":"influence-journal","reflections":["Ça va — “quotes” and 🙂"]}';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason as Error,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error;
}

function decoded(value: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64(value);
  if (bytes === null) throw new Error(`not base64: ${value}`);
  return bytes;
}

function flipBase64(value: string, byteIndex: number): string {
  const bytes = decoded(value);
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ 1;
  return toBase64(bytes);
}

describe('passphrase envelope', () => {
  it('round-trips text and writes the parameters in the header', async () => {
    const envelope = await encryptText(PLAIN, 'correct horse', FAST);
    expect(envelope).toMatchObject({
      format: 'influence-journal-encrypted',
      version: 1,
      cipher: 'AES-256-GCM',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000 },
    });
    expect(fromBase64(envelope.kdf.salt)).toHaveLength(16);
    expect(fromBase64(envelope.iv)).toHaveLength(12);
    expect(JSON.stringify(envelope)).not.toContain('quotes');
    expect(await decryptEnvelope(JSON.parse(JSON.stringify(envelope)), 'correct horse')).toBe(PLAIN);
  });

  it('uses a fresh salt and IV every time', async () => {
    const [a, b] = await Promise.all([encryptText('x', 'p', FAST), encryptText('x', 'p', FAST)]);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('runs the real 600,000 rounds by default', async () => {
    const envelope = await encryptText(PLAIN, 'slow and sure');
    expect(envelope.kdf.iterations).toBe(DEFAULT_ITERATIONS);
    expect(DEFAULT_ITERATIONS).toBe(600_000);
    expect(await decryptEnvelope(envelope, 'slow and sure')).toBe(PLAIN);
  }, 30_000);

  it('refuses a wrong passphrase with the message a person can act on', async () => {
    const envelope = await encryptText(PLAIN, 'right', FAST);
    const error = await rejection(decryptEnvelope(envelope, 'wrong'));
    expect(error.message).toBe('The passphrase is wrong, or the file was changed after it was encrypted.');
    expect(WRONG_PASSPHRASE_MESSAGE).toBe(error.message);
  });

  it('refuses tampered ciphertext', async () => {
    const envelope = await encryptText(PLAIN, 'right', FAST);
    const tampered = { ...envelope, data: flipBase64(envelope.data, 3) };
    expect((await rejection(decryptEnvelope(tampered, 'right'))).message).toBe(WRONG_PASSPHRASE_MESSAGE);
  });

  it('refuses a tampered header: the format version, iterations, salt and IV are all bound', async () => {
    const envelope = await encryptText(PLAIN, 'right', FAST);
    const tamperedIterations = { ...envelope, kdf: { ...envelope.kdf, iterations: 100_001 } };
    const tamperedSalt = { ...envelope, kdf: { ...envelope.kdf, salt: flipBase64(envelope.kdf.salt, 0) } };
    const tamperedIv = { ...envelope, iv: flipBase64(envelope.iv, 0) };
    for (const tampered of [tamperedIterations, tamperedSalt, tamperedIv]) {
      expect((await rejection(decryptEnvelope(tampered, 'right'))).message).toBe(WRONG_PASSPHRASE_MESSAGE);
    }
  });

  it('binds the header as additional data: the right key without it cannot open the file', async () => {
    const envelope = await encryptText(PLAIN, 'right', FAST);
    const { subtle } = globalThis.crypto;
    const base = await subtle.importKey('raw', new TextEncoder().encode('right'), 'PBKDF2', false, [
      'deriveKey',
    ]);
    const key = await subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: decoded(envelope.kdf.salt), iterations: 100_000 },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    await expect(
      subtle.decrypt({ name: 'AES-GCM', iv: decoded(envelope.iv) }, key, decoded(envelope.data)),
    ).rejects.toThrow();
  });

  it('opens by the recipe in docs/export-format.md, without this module', async () => {
    const envelope = await encryptText(PLAIN, 'caf\u00e9 au lait', FAST);
    const { subtle } = globalThis.crypto;
    const secret = new TextEncoder().encode('cafe\u0301 au lait'.normalize('NFC'));
    const base = await subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
    const key = await subtle.deriveKey(
      {
        name: 'PBKDF2',
        hash: 'SHA-256',
        salt: decoded(envelope.kdf.salt),
        iterations: envelope.kdf.iterations,
      },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const { format, version, kdf, iv } = envelope;
    const additionalData = new TextEncoder().encode(
      JSON.stringify([format, version, kdf.name, kdf.hash, kdf.iterations, kdf.salt, iv]),
    );
    const plain = await subtle.decrypt(
      { name: 'AES-GCM', iv: decoded(iv), additionalData },
      key,
      decoded(envelope.data),
    );
    expect(new TextDecoder().decode(plain)).toBe(PLAIN);
  });

  it('refuses a header asking for too few or too many rounds before deriving anything', async () => {
    const envelope = await encryptText(PLAIN, 'right', FAST);
    const hostile = { ...envelope, kdf: { ...envelope.kdf, iterations: 2_000_000_000 } };
    const started = Date.now();
    expect((await rejection(decryptEnvelope(hostile, 'right'))).message).toBe(
      'This encrypted file asks for 2000000000 key-derivation rounds; only whole numbers from 100,000 to 10,000,000 are accepted.',
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    const weak = { ...envelope, kdf: { ...envelope.kdf, iterations: 1_000 } };
    expect((await rejection(decryptEnvelope(weak, 'right'))).message).toContain(
      'asks for 1000 key-derivation',
    );
    await expect(encryptText(PLAIN, 'p', { iterations: 10 })).rejects.toThrow('Encryption asks for 10');
  });

  it('names what is missing from a damaged envelope', async () => {
    const envelope = await encryptText(PLAIN, 'right', FAST);
    const cases: [unknown, string][] = [
      [{ ...envelope, iv: 'not base64!' }, 'its IV is missing or not 12 bytes'],
      [{ ...envelope, data: '' }, 'its encrypted data is missing or cut short'],
      [{ ...envelope, cipher: 'ROT13' }, 'its cipher is not AES-256-GCM'],
      [{ ...envelope, kdf: { ...envelope.kdf, hash: 'MD5' } }, 'not PBKDF2 with SHA-256'],
      [{ ...envelope, kdf: { ...envelope.kdf, salt: 'AAAA' } }, 'its salt is missing or too short'],
    ];
    for (const [damaged, words] of cases) {
      const error = await rejection(decryptEnvelope(damaged, 'right'));
      expect(error.message).toContain('This encrypted file is damaged:');
      expect(error.message).toContain(words);
    }
  });

  it('asks for an update when the envelope is from a newer version', async () => {
    const envelope = await encryptText(PLAIN, 'right', FAST);
    const error = await rejection(decryptEnvelope({ ...envelope, version: 2 }, 'right'));
    expect(error.message).toBe(
      'This file was encrypted by a newer version of Influence Journal (encryption version 2); update the app to import it.',
    );
  });

  it('treats the same passphrase typed in different Unicode forms as the same', async () => {
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    const envelope = await encryptText(PLAIN, composed, FAST);
    expect(await decryptEnvelope(envelope, decomposed)).toBe(PLAIN);
  });

  it('recognises an envelope by its format only', () => {
    expect(isEncryptedEnvelope({ format: 'influence-journal-encrypted' })).toBe(true);
    expect(isEncryptedEnvelope({ format: 'influence-journal' })).toBe(false);
    expect(isEncryptedEnvelope(null)).toBe(false);
    expect(isEncryptedEnvelope('influence-journal-encrypted')).toBe(false);
  });

  it('encodes base64 as the standard alphabet with padding, at every length', () => {
    for (let length = 0; length < 12; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 250) % 256);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(Array.from(decoded(text))).toEqual(Array.from(bytes));
    }
  });

  it('refuses base64 that is malformed', () => {
    for (const bad of ['abc', 'ab=c', 'a===', 'ab-_', 'abé=', '====']) expect(fromBase64(bad)).toBeNull();
  });

  it('handles a file-sized payload quickly', () => {
    const bytes = new Uint8Array(8 * 1024 * 1024).map((_, i) => (i * 31) & 255);
    const started = Date.now();
    const back = decoded(toBase64(bytes));
    const elapsed = Date.now() - started;
    // Buffer.compare, because a deep equality over 8 million numbers takes minutes.
    expect(Buffer.compare(Buffer.from(back), Buffer.from(bytes))).toBe(0);
    // Generous for two busy cores; what it catches is the minutes a naive encoder takes.
    expect(elapsed).toBeLessThan(15_000);
  }, 30_000);
});
