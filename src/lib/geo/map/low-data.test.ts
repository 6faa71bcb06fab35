import { describe, expect, it } from 'vitest';
import { lowDataOn, setLowData } from './low-data';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k)
  };
}

describe('low data', () => {
  it('is off until the person turns it on, and off again when they turn it off', () => {
    const storage = memoryStorage();
    expect(lowDataOn(storage)).toBe(false);
    expect(setLowData(true, storage)).toBe(true);
    expect(lowDataOn(storage)).toBe(true);
    expect(setLowData(false, storage)).toBe(true);
    expect(lowDataOn(storage)).toBe(false);
  });

  it('reads as off, and says it was not kept, when storage is blocked or missing', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined
    };
    expect(lowDataOn(blocked)).toBe(false);
    expect(setLowData(true, blocked)).toBe(false);
    expect(lowDataOn(undefined)).toBe(false);
    expect(setLowData(true, undefined)).toBe(false);
  });
});
