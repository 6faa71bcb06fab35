/**
 * Passphrase encryption of an export file, on the shared WebCrypto blocks (privacy/crypto): the
 * key from PBKDF2-SHA256 over a random 16-byte salt, AES-GCM-256 with a random 96-bit IV. GCM's
 * tag means a wrong passphrase and a changed file are both caught; neither can be told from the
 * other. Loaded only when the person exports or imports with a passphrase.
 */
import { decrypt, encrypt, fromBase64, kdfIterations, pbkdf2Params, randomBytes, saltBytes, secretMaterial, toBase64 } from '$lib/privacy/crypto/webcrypto';
import { BackupError, backupVersion, encryptedFormat } from './format';

export { kdfIterations };

export interface EncryptedBackup {
  format: typeof encryptedFormat;
  version: number;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  ciphertext: string;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(pbkdf2Params(salt, iterations), await secretMaterial(passphrase), { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Encrypts the text of a plain export. A new salt and IV every time. */
export async function encryptBackup(plainText: string, passphrase: string): Promise<EncryptedBackup> {
  const salt = randomBytes(saltBytes);
  const key = await deriveKey(passphrase, salt, kdfIterations);
  const { iv, data } = await encrypt(key, new TextEncoder().encode(plainText));
  return {
    format: encryptedFormat,
    version: backupVersion,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: kdfIterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    ciphertext: toBase64(data)
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
  const data = fromBase64(f.ciphertext);
  if (!salt || !iv || !data || salt.length !== saltBytes || iv.length !== 12 || data.length < 16) throw new BackupError('damaged');
  const key = await deriveKey(passphrase, salt, iterations);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await decrypt(key, { iv, data }));
  } catch {
    throw new BackupError('wrongPassphrase');
  }
}
