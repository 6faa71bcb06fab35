/**
 * The lock's screens, loaded only when a page needs one (a lock is set, or the person opens the
 * Lock section): the component and the lock's words (messages/lock/<lang>.json) together, so the
 * words are there before the first render. Its own table of word files, not the page bundles',
 * so the table every page loads does not grow by them.
 */
import type { Component } from 'svelte';
import { defaultLanguage, isLanguage, languageFor } from '$lib/i18n/languages';
import { addMessages } from '$lib/i18n/translator';

const files = import.meta.glob<{ default: object }>('../../../../messages/lock/*.json');
const loaded = new Map<string, Promise<void>>();

const file = (lang: string) => (files[`../../../../messages/lock/${lang}.json`] ?? files[`../../../../messages/lock/${defaultLanguage}.json`])!().then((m) => m.default);

/** Adds the lock's words to a language's translator (once), with English where that language is incomplete. */
export function lockWords(code: string): Promise<void> {
  const lang = isLanguage(code) ? code : defaultLanguage;
  let words = loaded.get(lang);
  if (!words) {
    words = Promise.all([file(lang), lang === defaultLanguage || languageFor(lang).complete ? undefined : file(defaultLanguage)]).then(([messages, fallback]) =>
      addMessages({ lang, messages, ...(fallback ? { fallback } : {}) })
    );
    loaded.set(lang, words);
    words.catch(() => loaded.delete(lang));
  }
  return words;
}

export type UnlockFormProps = { onunlocked?: () => void; titled?: boolean };

export async function unlockForm(lang: string): Promise<Component<UnlockFormProps>> {
  const [form] = await Promise.all([import('./UnlockForm.svelte'), lockWords(lang)]);
  return form.default;
}

export async function lockSettings(lang: string): Promise<Component> {
  const [settings] = await Promise.all([import('./LockSettings.svelte'), lockWords(lang)]);
  return settings.default;
}
