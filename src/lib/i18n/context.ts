import type { TFunction } from 'i18next';
import { getContext, setContext } from 'svelte';
import type { Language } from './languages';

/** What every component needs to speak the page's language. */
export interface I18n {
  readonly language: Language;
  readonly t: TFunction;
}

const key = Symbol('i18n');

/**
 * Puts the page's language in context. `current` is read on every access, so components follow
 * a language switch (a navigation to `/fr/…`) without a reload.
 */
export function provideI18n(current: () => I18n): void {
  setContext<I18n>(key, {
    get language() {
      return current().language;
    },
    get t() {
      return current().t;
    }
  });
}

export function useI18n(): I18n {
  const i18n = getContext<I18n | undefined>(key);
  if (!i18n) throw new Error('useI18n() outside a [lang] layout');
  return i18n;
}
