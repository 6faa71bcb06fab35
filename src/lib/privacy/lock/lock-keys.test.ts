import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64, kdfIterations } from '../crypto/webcrypto';
import { deriveLockKeys, newLock, openLock } from './lock-keys';

afterEach(() => vi.restoreAllMocks());

describe('the lock key', () => {
  it('is derived with PBKDF2-SHA256, ≥ 600,000 iterations, a 16-byte random salt, into non-extractable AES-256-GCM and HMAC keys', async () => {
    // Watches the real WebCrypto calls (they still run): what the code asks the browser for.
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    const deriveKey = vi.spyOn(crypto.subtle, 'deriveKey');
    const { setting, keys } = await newLock('correct horse battery staple', 'passphrase');

    expect(deriveBits).toHaveBeenCalledTimes(1);
    const [params, material, length] = deriveBits.mock.calls[0]!;
    expect(params).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: kdfIterations });
    expect(kdfIterations).toBeGreaterThanOrEqual(600_000);
    expect((params as Pbkdf2Params).salt).toHaveLength(16);
    expect((material as CryptoKey).algorithm.name).toBe('PBKDF2');
    expect(length).toBe(256);
    expect(deriveKey.mock.calls.map(([p]) => (p as HkdfParams).name)).toEqual(['HKDF', 'HKDF']);

    expect(setting).toMatchObject({ kind: 'passphrase', iterations: kdfIterations });
    expect(fromBase64(setting.salt)).toEqual((params as Pbkdf2Params).salt);
    expect(keys.seal.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
    expect(keys.seal.extractable).toBe(false);
    expect(keys.seal.usages.sort()).toEqual(['decrypt', 'encrypt']);
    expect(keys.ids.algorithm).toMatchObject({ name: 'HMAC', hash: { name: 'SHA-256' }, length: 256 });
    expect(keys.ids.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', keys.seal)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('raw', keys.ids)).rejects.toThrow();
    // The check value is AES-GCM with a 96-bit IV; the setting holds no secret.
    expect(fromBase64(setting.check.iv)).toHaveLength(12);
    expect(JSON.stringify(setting)).not.toContain('correct horse');
  });

  it('gets a new salt every time, so one secret never gives the same key on two phones', async () => {
    const a = await newLock('1234', 'pin');
    const b = await newLock('1234', 'pin');
    expect(a.setting.salt).not.toBe(b.setting.salt);
    expect(a.setting.check.data).not.toBe(b.setting.check.data);
  });

  it('opens with the right secret only; the same secret typed with a different Unicode form is the same', async () => {
    const { setting } = await newLock('café au lait', 'passphrase');
    expect(await openLock('cafe au lait', setting)).toBeNull();
    expect(await openLock('café au lai', setting)).toBeNull();
    const keys = await openLock('cafe\u0301 au lait', setting);
    expect(keys?.salt).toBe(setting.salt);
  });

  it('refuses a stored setting that would weaken the key', async () => {
    const { setting } = await newLock('123456', 'pin');
    await expect(openLock('123456', { ...setting, iterations: 1000 })).rejects.toThrow();
    await expect(openLock('123456', { ...setting, salt: 'AAAA' })).rejects.toThrow();
  });

  it('derives the same keys from the same secret and salt (what unlocking relies on)', async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await deriveLockKeys('2468', salt);
    const b = await deriveLockKeys('2468', salt);
    const sign = (k: CryptoKey) => crypto.subtle.sign('HMAC', k, new TextEncoder().encode('x')).then((m) => Array.from(new Uint8Array(m)));
    expect(await sign(a.ids)).toEqual(await sign(b.ids));
    expect(await sign((await deriveLockKeys('2469', salt)).ids)).not.toEqual(await sign(a.ids));
  });
});
