import { strFromU8, strToU8 } from 'fflate';
import { ImportFileError } from './importErrors';

/**
 * "Encrypt with a passphrase": a JSON envelope around AES-256-GCM ciphertext whose key comes from
 * PBKDF2-SHA256. Everything needed to decrypt except the passphrase is in the envelope, and the
 * header (format, version, kdf, iv) is the cipher's additional data, so a file whose header was
 * edited fails exactly like a wrong passphrase.
 */
export const ENCRYPTED_FORMAT = 'influence-journal-encrypted';
export const ENCRYPTED_VERSION = 1;
/** OWASP's figure for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;
/** Below this a stolen file is too cheap to guess; above it a hostile header could hang the app. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BITS = 128;

export const WRONG_PASSPHRASE_MESSAGE =
  'The passphrase is wrong, or the file was changed after it was encrypted.';

export interface EncryptedEnvelope {
  readonly format: typeof ENCRYPTED_FORMAT;
  readonly version: typeof ENCRYPTED_VERSION;
  readonly cipher: 'AES-256-GCM';
  readonly kdf: {
    readonly name: 'PBKDF2';
    readonly hash: 'SHA-256';
    readonly iterations: number;
    readonly salt: string;
  };
  readonly iv: string;
  readonly data: string;
}

// shared/ has no DOM types, so only the slice of WebCrypto used here is described.
type Bytes = Uint8Array<ArrayBuffer>;
interface KeyHandle {
  readonly type: string;
}
interface SubtleSlice {
  importKey(
    format: 'raw',
    key: Bytes,
    algorithm: 'PBKDF2',
    extractable: false,
    usages: string[],
  ): Promise<KeyHandle>;
  deriveKey(
    algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Bytes; iterations: number },
    base: KeyHandle,
    derived: { name: 'AES-GCM'; length: 256 },
    extractable: false,
    usages: string[],
  ): Promise<KeyHandle>;
  encrypt(algorithm: AesGcmParams, key: KeyHandle, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: KeyHandle, data: Bytes): Promise<ArrayBuffer>;
}
interface AesGcmParams {
  name: 'AES-GCM';
  iv: Bytes;
  additionalData: Bytes;
  tagLength: number;
}
interface CryptoSlice {
  readonly subtle: SubtleSlice;
  getRandomValues(array: Bytes): Bytes;
}

function webCrypto(): CryptoSlice {
  const crypto = (globalThis as { crypto?: Partial<CryptoSlice> }).crypto;
  if (crypto?.subtle === undefined || crypto.getRandomValues === undefined) {
    throw new Error('Encryption is not available here (WebCrypto is missing).');
  }
  return crypto as CryptoSlice;
}

function randomBytes(length: number): Bytes {
  return webCrypto().getRandomValues(new Uint8Array(length));
}

const BASE64_ALPHABET = strToU8('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const PAD = 61; // '='
// Character code -> 6-bit value, 255 for anything else; tables, because a 50,000-reflection file is ~100 MB.
const BASE64_VALUES = new Uint8Array(128).fill(255);
BASE64_ALPHABET.forEach((code, value) => {
  BASE64_VALUES[code] = value;
});

const STRING_CHUNK = 8192;

export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const alphabet = BASE64_ALPHABET;
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const triple = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = alphabet[triple >> 18] ?? PAD;
    out[o++] = alphabet[(triple >> 12) & 63] ?? PAD;
    out[o++] = i + 1 < bytes.length ? (alphabet[(triple >> 6) & 63] ?? PAD) : PAD;
    out[o++] = i + 2 < bytes.length ? (alphabet[triple & 63] ?? PAD) : PAD;
  }
  // Pieces joined once: appending them one by one makes a rope that costs seconds to flatten.
  const pieces: string[] = [];
  for (let i = 0; i < out.length; i += STRING_CHUNK) {
    pieces.push(String.fromCharCode(...out.subarray(i, i + STRING_CHUNK)));
  }
  return pieces.join('');
}

/** Null for anything that is not canonical padded base64, so a mangled header is named, not guessed at. */
export function fromBase64(text: string): Bytes | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  const dataLength = text.length - padding;
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let triple = 0;
    for (let j = i; j < i + 4; j += 1) {
      const value = j < dataLength ? (BASE64_VALUES[text.charCodeAt(j)] ?? 255) : 0;
      if (value === 255) return null;
      triple = (triple << 6) | value;
    }
    if (o < out.length) out[o++] = (triple >> 16) & 255;
    if (o < out.length) out[o++] = (triple >> 8) & 255;
    if (o < out.length) out[o++] = triple & 255;
  }
  return out;
}

/** True when the value claims to be an envelope; whether it is a valid one is decryptEnvelope's question. */
export function isEncryptedEnvelope(value: unknown): value is { format: typeof ENCRYPTED_FORMAT } {
  return (
    typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENCRYPTED_FORMAT
  );
}

/** The bytes the cipher authenticates: every header field that changes how the file is read. */
function headerBytes(envelope: Pick<EncryptedEnvelope, 'format' | 'version' | 'kdf' | 'iv'>): Bytes {
  const { kdf } = envelope;
  return strToU8(
    JSON.stringify([
      envelope.format,
      envelope.version,
      kdf.name,
      kdf.hash,
      kdf.iterations,
      kdf.salt,
      envelope.iv,
    ]),
  ) as Bytes;
}

async function deriveKey(passphrase: string, salt: Bytes, iterations: number): Promise<KeyHandle> {
  const { subtle } = webCrypto();
  // NFC, because macOS and Windows can type the same accented passphrase as different code points.
  const secret = strToU8(passphrase.normalize('NFC')) as Bytes;
  const base = await subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function checkIterations(iterations: number, where: string): void {
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
    throw new ImportFileError(
      `${where} asks for ${String(iterations)} key-derivation rounds; ` +
        `only whole numbers from 100,000 to 10,000,000 are accepted.`,
    );
  }
}

export async function encryptText(
  plain: string,
  passphrase: string,
  options: { readonly iterations?: number } = {},
): Promise<EncryptedEnvelope> {
  if (passphrase === '') throw new Error('Choose a passphrase before encrypting.');
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  // Callers (tests) may go lower to stay fast, but never to a value decryptEnvelope would refuse.
  checkIterations(iterations, 'Encryption');
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const header = {
    format: ENCRYPTED_FORMAT,
    version: ENCRYPTED_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
  } as const;
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await webCrypto().subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: headerBytes(header), tagLength: TAG_BITS },
    key,
    strToU8(plain) as Bytes,
  );
  return { ...header, cipher: 'AES-256-GCM', data: toBase64(new Uint8Array(sealed)) };
}

function readEnvelope(value: unknown): { envelope: EncryptedEnvelope; salt: Bytes; iv: Bytes; data: Bytes } {
  const problem = (what: string): ImportFileError =>
    new ImportFileError(`This encrypted file is damaged: ${what}.`);
  if (!isEncryptedEnvelope(value)) throw problem('it is not an Influence Journal encrypted file');
  const envelope = value as Partial<Record<keyof EncryptedEnvelope, unknown>>;
  if (typeof envelope.version === 'number' && envelope.version > ENCRYPTED_VERSION) {
    throw new ImportFileError(
      `This file was encrypted by a newer version of Influence Journal (encryption version ${envelope.version}); update the app to import it.`,
    );
  }
  if (envelope.version !== ENCRYPTED_VERSION) throw problem('its version is missing or unknown');
  if (envelope.cipher !== 'AES-256-GCM') throw problem('its cipher is not AES-256-GCM');
  const kdf = envelope.kdf as Partial<Record<keyof EncryptedEnvelope['kdf'], unknown>> | undefined;
  if (typeof kdf !== 'object' || kdf === null || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') {
    throw problem('its key derivation is not PBKDF2 with SHA-256');
  }
  if (typeof kdf.iterations !== 'number') throw problem('the number of key-derivation rounds is missing');
  checkIterations(kdf.iterations, 'This encrypted file');
  const salt = typeof kdf.salt === 'string' ? fromBase64(kdf.salt) : null;
  if (salt === null || salt.length < SALT_BYTES) throw problem('its salt is missing or too short');
  const iv = typeof envelope.iv === 'string' ? fromBase64(envelope.iv) : null;
  if (iv === null || iv.length !== IV_BYTES) throw problem('its IV is missing or not 12 bytes');
  const data = typeof envelope.data === 'string' ? fromBase64(envelope.data) : null;
  if (data === null || data.length < TAG_BITS / 8)
    throw problem('its encrypted data is missing or cut short');
  return { envelope: value as EncryptedEnvelope, salt, iv, data };
}

/** The plain text, or an ImportFileError that says what is wrong without revealing which check failed. */
export async function decryptEnvelope(value: unknown, passphrase: string): Promise<string> {
  const { envelope, salt, iv, data } = readEnvelope(value);
  const key = await deriveKey(passphrase, salt, envelope.kdf.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await webCrypto().subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: headerBytes(envelope), tagLength: TAG_BITS },
      key,
      data,
    );
  } catch (cause) {
    // GCM cannot tell a wrong key from changed bytes; both are the same failed tag check.
    throw new ImportFileError(WRONG_PASSPHRASE_MESSAGE, { cause });
  }
  return strFromU8(new Uint8Array(plain));
}
