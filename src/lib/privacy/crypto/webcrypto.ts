/**
 * The WebCrypto building blocks Onward's encryption shares (the export file's passphrase and the
 * lock): the browser's own crypto only, nothing hand-written. AES-GCM-256 with a fresh random
 * 96-bit IV for every message; secrets stretched with PBKDF2-SHA256 over a random 16-byte salt,
 * 600,000 iterations (OWASP's 2023 figure for PBKDF2-HMAC-SHA256). Loaded only with the code that
 * encrypts something, never on a first visit.
 */

export const kdfIterations = 600_000;
export const saltBytes = 16;
/** 96 bits: the IV length GCM is designed for (NIST SP 800-38D); random, so never reused in practice. */
export const ivBytes = 12;

/** A wrong key, or bytes that changed: GCM's tag cannot tell them apart, and neither can we. */
export class DecryptError extends Error {
  constructor() {
    super('decryption failed: wrong key or changed data');
    this.name = 'DecryptError';
  }
}

export const randomBytes = (length: number): Uint8Array<ArrayBuffer> => crypto.getRandomValues(new Uint8Array(length));

/** The PBKDF2 parameters every derivation uses: one place, so a test can hold them to the figures above. */
export const pbkdf2Params = (salt: Uint8Array<ArrayBuffer>, iterations: number): Pbkdf2Params => ({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations });

/**
 * The secret as PBKDF2 key material. NFC first: "é" typed as one character on one phone and as
 * e + accent on another (a different keyboard) must give the same key.
 */
export const secretMaterial = (secret: string): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', new TextEncoder().encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey', 'deriveBits']);

/** An encrypted message: its IV and the ciphertext with GCM's 16-byte tag at the end. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * Encrypts with a fresh random IV. `context` (GCM's additional data) binds the ciphertext to where
 * it belongs: moved elsewhere, it no longer opens.
 */
export async function encrypt(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, context?: string): Promise<Sealed> {
  const iv = randomBytes(ivBytes);
  const params: AesGcmParams = { name: 'AES-GCM', iv, ...(context === undefined ? {} : { additionalData: new TextEncoder().encode(context) }) };
  return { iv, data: new Uint8Array(await crypto.subtle.encrypt(params, key, plain)) };
}

/** The plain bytes; DecryptError for a wrong key, a changed byte or the wrong context. */
export async function decrypt(key: CryptoKey, { iv, data }: Sealed, context?: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!(iv instanceof Uint8Array) || iv.length !== ivBytes || !(data instanceof Uint8Array) || data.length < 16) throw new DecryptError();
  const params: AesGcmParams = { name: 'AES-GCM', iv, ...(context === undefined ? {} : { additionalData: new TextEncoder().encode(context) }) };
  try {
    return new Uint8Array(await crypto.subtle.decrypt(params, key, data));
  } catch {
    throw new DecryptError();
  }
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Bytes of a base64 text; null for anything that is not one. */
export function fromBase64(text: unknown): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string') return null;
  try {
    const s = atob(text);
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
