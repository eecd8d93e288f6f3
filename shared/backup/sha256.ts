interface DigestSlice {
  readonly subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
}

/** SHA-256 as lower-case hex through WebCrypto, which both the page and Node 20 have. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const crypto = (globalThis as { crypto?: Partial<DigestSlice> }).crypto;
  if (crypto?.subtle === undefined)
    throw new Error('Checksums are not available here (WebCrypto is missing).');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
