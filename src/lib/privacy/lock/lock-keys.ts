/**
 * The lock's keys, made from the person's PIN or passphrase with WebCrypto only:
 * PBKDF2-SHA256 (600,000 iterations, 16-byte random salt) gives 256 bits, which HKDF-SHA256 splits
 * into two non-extractable keys: AES-GCM-256 for the rows, and HMAC-SHA256 for the one id that
 * would say something on its own (which service was saved: see row-codec.ts). One slow PBKDF2 run,
 * not two: on a £60 phone each run takes seconds. The 32 derived bytes are zeroed once imported;
 * the keys themselves never leave WebCrypto (extractable: false) and live only in memory (vault).
 */
import { decrypt, DecryptError, encrypt, fromBase64, kdfIterations, pbkdf2Params, randomBytes, saltBytes, secretMaterial, toBase64 } from '../crypto/webcrypto';
import type { LockKind, LockSetting } from './lock-setting';

export interface LockKeys {
  /** AES-GCM-256: seals every personal row. */
  seal: CryptoKey;
  /** HMAC-SHA256: turns a saved service's id into one that says nothing. */
  ids: CryptoKey;
  /** The salt (base64) these keys were made with: which lock they belong to. */
  salt: string;
}

const hkdf = (info: string): HkdfParams => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(info) });

/** Both keys from a secret and a lock's salt. Slow on purpose (PBKDF2): call once per unlock. */
export async function deriveLockKeys(secret: string, salt: Uint8Array<ArrayBuffer>, iterations = kdfIterations): Promise<LockKeys> {
  const bits = new Uint8Array(await crypto.subtle.deriveBits(pbkdf2Params(salt, iterations), await secretMaterial(secret), 256));
  try {
    const base = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
    const [seal, ids] = await Promise.all([
      crypto.subtle.deriveKey(hkdf('onward lock: rows'), base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
      crypto.subtle.deriveKey(hkdf('onward lock: ids'), base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign'])
    ]);
    return { seal, ids, salt: toBase64(salt) };
  } finally {
    bits.fill(0);
  }
}

/** The known text the check value seals. */
const checkText = 'onward-lock-check-1';
const checkContext = 'lock-check';

/** A new lock for `secret`: fresh salt, keys, and the check value to store. */
export async function newLock(secret: string, kind: LockKind): Promise<{ setting: LockSetting; keys: LockKeys }> {
  const salt = randomBytes(saltBytes);
  const keys = await deriveLockKeys(secret, salt, kdfIterations);
  const check = await encrypt(keys.seal, new TextEncoder().encode(checkText), checkContext);
  return { setting: { kind, salt: keys.salt, iterations: kdfIterations, check: { iv: toBase64(check.iv), data: toBase64(check.data) } }, keys };
}

/**
 * The keys when `secret` is the right one for this lock; null when it is not. A lock whose stored
 * iterations are below the minimum is refused (a changed setting must not weaken the key).
 */
export async function openLock(secret: string, setting: LockSetting): Promise<LockKeys | null> {
  const salt = fromBase64(setting.salt);
  const iv = fromBase64(setting.check.iv);
  const data = fromBase64(setting.check.data);
  if (!salt || salt.length !== saltBytes || !iv || !data || setting.iterations < kdfIterations || setting.iterations > 10 * kdfIterations) throw new DecryptError();
  const keys = await deriveLockKeys(secret, salt, setting.iterations);
  try {
    const text = new TextDecoder().decode(await decrypt(keys.seal, { iv, data }, checkContext));
    return text === checkText ? keys : null;
  } catch (error) {
    if (error instanceof DecryptError) return null;
    throw error;
  }
}
