/**
 * Passphrase encryption of an export file, with the browser's own WebCrypto (no hand-written
 * crypto): AES-GCM-256 with a random 96-bit IV, the key from PBKDF2-SHA256 over a random 16-byte
 * salt with 600,000 iterations (OWASP's 2023 figure for PBKDF2-HMAC-SHA256). GCM's tag means a
 * wrong passphrase and a changed file are both caught; neither can be told from the other.
 * Loaded only when the person exports or imports with a passphrase.
 */
import { BackupError, backupVersion, encryptedFormat } from './format';

export const kdfIterations = 600_000;

export interface EncryptedBackup {
  format: typeof encryptedFormat;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  ciphertext: string;
}

const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

function fromBase64(text: unknown): Uint8Array<ArrayBuffer> {
  if (typeof text !== 'string') throw new BackupError('damaged');
  try {
    const s = atob(text);
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
    return bytes;
  } catch {
    throw new BackupError('damaged');
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  // NFC on both sides: "é" typed as one character on one phone and as e + accent on another
  // (a different keyboard) must give the same key.
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Encrypts the text of a plain export. A new salt and IV every time. */
export async function encryptBackup(plainText: string, passphrase: string): Promise<EncryptedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, kdfIterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plainText)));
  return {
    format: encryptedFormat,
    version: backupVersion,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: kdfIterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    ciphertext: toBase64(ciphertext)
  };
}

/** The plain export text inside an encrypted file; BackupError('wrongPassphrase') when the tag does not match. */
export async function decryptBackup(file: unknown, passphrase: string): Promise<string> {
  const f = file as Partial<EncryptedBackup> | null;
  if (typeof f?.version !== 'number' || f.version < 1) throw new BackupError('damaged');
  if (f.version > backupVersion) throw new BackupError('newer');
  const iterations = f.kdf?.iterations;
  // A file may not weaken the derivation (or ask for a year of work).
  if (f.kdf?.name !== 'PBKDF2' || f.kdf.hash !== 'SHA-256' || typeof iterations !== 'number' || iterations < kdfIterations || iterations > 10 * kdfIterations)
    throw new BackupError('damaged');
  if (f.cipher?.name !== 'AES-GCM') throw new BackupError('damaged');
  const salt = fromBase64(f.kdf.salt);
  const iv = fromBase64(f.cipher.iv);
  const ciphertext = fromBase64(f.ciphertext);
  if (salt.length !== 16 || iv.length !== 12 || ciphertext.length < 16) throw new BackupError('damaged');
  const key = await deriveKey(passphrase, salt, iterations);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext));
  } catch {
    throw new BackupError('wrongPassphrase');
  }
}
