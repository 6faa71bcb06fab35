import { describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup, kdfIterations } from './crypto';
import { BackupError } from './format';

const plain = JSON.stringify({ format: 'onward-backup', note: 'Sam Example 07700 900123 ✓' });
const problemOf = (e: unknown) => (e instanceof BackupError ? e.problem : e);

describe('encrypted backup', () => {
  it('round trips with the passphrase; salt and IV are fresh each time; PBKDF2 ≥ 600,000', async () => {
    const a = await encryptBackup(plain, 'correct horse battery staple');
    const b = await encryptBackup(plain, 'correct horse battery staple');
    expect(a.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: kdfIterations });
    expect(kdfIterations).toBeGreaterThanOrEqual(600_000);
    expect(atob(a.kdf.salt)).toHaveLength(16);
    expect(atob(a.cipher.iv)).toHaveLength(12);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(JSON.stringify(a)).not.toContain('Sam Example');
    expect(await decryptBackup(JSON.parse(JSON.stringify(a)), 'correct horse battery staple')).toBe(plain);
  });

  it('rejects a wrong passphrase, a changed byte, and a weakened derivation', async () => {
    const file = await encryptBackup(plain, 'right passphrase');
    expect(problemOf(await decryptBackup(file, 'wrong passphrase').catch((e) => e))).toBe('wrongPassphrase');

    const bytes = Uint8Array.from(atob(file.ciphertext), (c) => c.charCodeAt(0));
    bytes[3]! ^= 1;
    const tampered = { ...file, ciphertext: btoa(String.fromCharCode(...bytes)) };
    expect(problemOf(await decryptBackup(tampered, 'right passphrase').catch((e) => e))).toBe('wrongPassphrase');

    const weak = { ...file, kdf: { ...file.kdf, iterations: 1000 } };
    expect(problemOf(await decryptBackup(weak, 'right passphrase').catch((e) => e))).toBe('damaged');
    expect(problemOf(await decryptBackup({ ...file, version: 9 }, 'right passphrase').catch((e) => e))).toBe('newer');
    expect(problemOf(await decryptBackup({ ...file, ciphertext: file.ciphertext.slice(0, 10) }, 'right passphrase').catch((e) => e))).toBe('damaged');
  });
});
