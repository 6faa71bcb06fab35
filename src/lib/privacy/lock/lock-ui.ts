/**
 * The lock's screens, loaded only when a page needs one (a lock is set, or the person opens the
 * Lock section): the component and the lock's words (messages/lock/<lang>.json) together, so the
 * words are there before the first render.
 */
import type { Component } from 'svelte';
import { loadBundleMessages } from '$lib/i18n/messages';
import { addMessages } from '$lib/i18n/translator';

const loaded = new Map<string, Promise<void>>();

/** Adds the lock's words to a language's translator (once), with English where that language is incomplete. */
export function lockWords(lang: string): Promise<void> {
  let words = loaded.get(lang);
  if (!words) {
    words = loadBundleMessages('lock', lang).then(addMessages);
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
