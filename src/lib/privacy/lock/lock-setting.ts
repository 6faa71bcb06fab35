/**
 * What the lock keeps in the settings table (never personal, never the secret or the key): the
 * kind of secret, the PBKDF2 salt and iterations, and a check value that tells a wrong secret from
 * the right one; and the count of wrong tries, so a reload does not reset the wait. Pure: no
 * Dexie, no WebCrypto.
 */

/** A 4–6 digit PIN ("quick lock") or a longer passphrase. */
export type LockKind = 'pin' | 'passphrase';

export interface LockSetting {
  kind: LockKind;
  /** base64 of the 16 random bytes PBKDF2 salts this phone's key with. */
  salt: string;
  iterations: number;
  /** A known text sealed with the key (base64): it opens only with the right secret. */
  check: { iv: string; data: string };
}

export interface LockTries {
  /** Wrong tries in a row. */
  failures: number;
  /** No try is checked before this time (ms since 1970). */
  until: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBase64 = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 200 && /^[A-Za-z0-9+/]+=*$/.test(v);

export function isLockSetting(v: unknown): v is LockSetting {
  return (
    isRecord(v) &&
    (v.kind === 'pin' || v.kind === 'passphrase') &&
    isBase64(v.salt) &&
    typeof v.iterations === 'number' &&
    Number.isInteger(v.iterations) &&
    isRecord(v.check) &&
    isBase64(v.check.iv) &&
    isBase64(v.check.data)
  );
}

export function isLockTries(v: unknown): v is LockTries {
  return isRecord(v) && Number.isInteger(v.failures) && (v.failures as number) >= 0 && typeof v.until === 'number' && Number.isFinite(v.until);
}

/**
 * The longest wait. Doubling without end would let a child playing with the phone lock its owner
 * out for days; 15 minutes still makes guessing a 4-digit PIN by hand take weeks.
 */
export const maxWaitMs = 15 * 60_000;

/** How long to wait after `failures` wrong tries in a row: 1 s, 2 s, 4 s, 8 s … up to maxWaitMs. */
export function waitAfter(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(1000 * 2 ** Math.min(failures - 1, 30), maxWaitMs);
}

/** The tries after one more wrong one at `now`. */
export function afterWrongTry(tries: LockTries | undefined, now: number): LockTries {
  const failures = (tries?.failures ?? 0) + 1;
  return { failures, until: now + waitAfter(failures) };
}

/**
 * Milliseconds left before the next try is checked. Never more than maxWaitMs: a phone clock put
 * back must not turn a short wait into a long one.
 */
export function waitLeft(tries: LockTries | undefined, now: number): number {
  return tries ? Math.max(0, Math.min(tries.until - now, maxWaitMs)) : 0;
}

/** Why a new secret cannot be used; null when it can. PINs are 4–6 digits; passphrases 8+ characters. */
export type SecretProblem = 'pinDigits' | 'short' | 'mismatch';

export const minPassphraseLength = 8;

export function secretProblem(kind: LockKind, secret: string, again: string): SecretProblem | null {
  const nfc = secret.normalize('NFC');
  if (kind === 'pin' && !/^[0-9]{4,6}$/.test(secret)) return 'pinDigits';
  // Counted as characters a person sees, not UTF-16 units.
  if (kind === 'passphrase' && [...nfc].length < minPassphraseLength) return 'short';
  if (nfc !== again.normalize('NFC')) return 'mismatch';
  return null;
}
