import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localKeys } from '$lib/db/local-keys';
import { rememberedPlace, rememberPlace } from './remembered-place';
import type { ChosenPlace } from './place';

const leeds: ChosenPlace = { label: 'Leeds, England', latitude: 53.797, longitude: -1.548, kind: 'town', query: 'Leeds' };

/** A localStorage of our own: Vitest runs these in Node, which has none. */
function fakeLocalStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

let storage: ReturnType<typeof fakeLocalStorage>;
beforeEach(() => {
  storage = fakeLocalStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  const { database } = await import('$lib/db/database');
  await database().settings.clear();
});

describe('the remembered place', () => {
  it('is kept on this phone and read back', async () => {
    expect(await rememberPlace(leeds)).toBe(true);
    expect(storage.items.get(localKeys.placeSaved)).toBe('1');
    expect(await rememberedPlace()).toEqual(leeds);
  });

  it('is not looked for (no database opened) until one was saved', async () => {
    const { database } = await import('$lib/db/database');
    await database().settings.put({ key: 'place', value: leeds });
    expect(await rememberedPlace()).toBeUndefined();
  });

  it('ignores a stored place that is not one the app wrote', async () => {
    await rememberPlace(leeds);
    const { database } = await import('$lib/db/database');
    await database().settings.put({ key: 'place', value: { ...leeds, latitude: 'north' } });
    expect(await rememberedPlace()).toBeUndefined();
  });
});
