import { describe, expect, it } from 'vitest';
import { localKeys } from '$lib/db/local-keys';
import { pickLanguage } from './pick-language';
import { rememberLanguage } from './remember-language';

describe('rememberLanguage', () => {
  it('stores the choice where `/` looks for it', () => {
    const saved = new Map<string, string>();
    expect(rememberLanguage('fr', { setItem: (k, v) => saved.set(k, v) })).toBe(true);
    expect(pickLanguage(saved.get(localKeys.language) ?? null, ['en-GB'], ['en', 'fr'])).toBe('fr');
  });

  it('does not throw when storage is blocked', () => {
    const blocked = {
      setItem: () => {
        throw new Error('SecurityError');
      }
    };
    expect(rememberLanguage('fr', blocked)).toBe(false);
  });
});
