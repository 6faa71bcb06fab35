import { describe, expect, it } from 'vitest';
import { decrypt, DecryptError, encrypt, fromBase64, ivBytes, toBase64 } from './webcrypto';

/** A cheap real key: the IV and tamper properties do not depend on how the key was made. */
const aesKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']) as Promise<CryptoKey>;
const text = new TextEncoder().encode('{"name":"Sam Example","phone":"07700 900123"}');

describe('AES-GCM with a random IV', () => {
  it('100,000 encryptions under one key give 100,000 different 96-bit IVs', async () => {
    const key = await aesKey();
    const seen = new Set<string>();
    for (let batch = 0; batch < 100; batch++) {
      const sealed = await Promise.all(Array.from({ length: 1000 }, () => encrypt(key, text)));
      for (const { iv } of sealed) {
        expect(iv.length).toBe(ivBytes);
        seen.add(toBase64(iv));
      }
    }
    expect(ivBytes * 8).toBe(96);
    expect(seen.size).toBe(100_000);
  }, 120_000);

  it('a flipped bit anywhere (IV, ciphertext, tag) or another context fails with DecryptError', async () => {
    const key = await aesKey();
    const sealed = await encrypt(key, text, 'contacts\u0000c1');
    expect(new TextDecoder().decode(await decrypt(key, sealed, 'contacts\u0000c1'))).toBe(new TextDecoder().decode(text));
    const dataBits = sealed.data.length * 8;
    const tagStart = (sealed.data.length - 16) * 8;
    // Every IV bit; the first, middle and last bits of the ciphertext; every 7th bit of the tag.
    const positions: ['iv' | 'data', number][] = [
      ...Array.from({ length: 96 }, (_, bit) => ['iv', bit] as ['iv', number]),
      ['data', 0],
      ['data', 1],
      ['data', Math.floor(tagStart / 2)],
      ['data', tagStart - 1],
      ...Array.from({ length: 128 / 7 + 1 }, (_, i) => ['data', tagStart + i * 7] as ['data', number]),
      ['data', dataBits - 1]
    ];
    for (const [part, bit] of positions) {
      const copy = { iv: sealed.iv.slice(), data: sealed.data.slice() };
      copy[part][bit >> 3]! ^= 1 << (bit & 7);
      await expect(decrypt(key, copy, 'contacts\u0000c1'), `${part} bit ${bit}`).rejects.toBeInstanceOf(DecryptError);
    }
    await expect(decrypt(key, sealed, 'contacts\u0000c2')).rejects.toBeInstanceOf(DecryptError);
    await expect(decrypt(key, sealed)).rejects.toBeInstanceOf(DecryptError);
    await expect(decrypt(key, { iv: sealed.iv, data: sealed.data.slice(0, 10) })).rejects.toThrow('wrong key or changed data');
    await expect(decrypt(await aesKey(), sealed, 'contacts\u0000c1')).rejects.toBeInstanceOf(DecryptError);
  });

  it('base64 round trips any bytes and refuses what is not base64', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) & 255);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromBase64('not base64!')).toBeNull();
    expect(fromBase64(42)).toBeNull();
  });
});
