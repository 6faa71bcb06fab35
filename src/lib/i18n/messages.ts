import type en from '../../../messages/en.json';
import { defaultLanguage, isLanguage, languageFor } from './languages';

export type Messages = typeof en;

/** The messages a page needs: its own language, plus English where that one is incomplete. */
export interface PageMessages {
  lang: string;
  messages: Messages;
  fallback?: Messages;
}

// Every language, English included, is its own lazy chunk: a page fetches only its language
// (a complete translation does not need English), which keeps Find help under its 50 KB budget.
const lazyMessages = import.meta.glob<{ default: Messages }>(['../../../messages/*.json', '!../../../messages/status.json']);

async function load(lang: string): Promise<Messages> {
  const file = lazyMessages[`../../../messages/${lang}.json`] ?? lazyMessages[`../../../messages/${defaultLanguage}.json`];
  if (!file) throw new Error(`messages/${defaultLanguage}.json is missing`);
  return (await file()).default;
}

/** The messages for one language; English for an unknown code. */
export async function loadMessages(code: string): Promise<PageMessages> {
  const lang = isLanguage(code) ? code : defaultLanguage;
  const messages = await load(lang);
  if (lang === defaultLanguage || languageFor(lang).complete) return { lang, messages };
  return { lang, messages, fallback: await load(defaultLanguage) };
}

// Page bundles (messages/<bundle>/<lang>.json): words only some pages use, loaded with them.
// Not the lock's words: the lock's own lazy code loads them (src/lib/privacy/lock/lock-ui.ts),
// so this table, which every page loads, does not grow by them.
const lazyBundles = import.meta.glob<{ default: object }>(['../../../messages/*/*.json', '!../../../messages/lock/*.json']);

export type MessageBundle = 'home' | 'more' | 'find' | 'service' | 'overdose' | 'plan' | 'backup' | 'staying-safe';

async function loadBundle(bundle: MessageBundle, lang: string): Promise<object> {
  const file = lazyBundles[`../../../messages/${bundle}/${lang}.json`] ?? lazyBundles[`../../../messages/${bundle}/${defaultLanguage}.json`];
  if (!file) throw new Error(`messages/${bundle}/${defaultLanguage}.json is missing`);
  return (await file()).default;
}

/**
 * One page bundle for one language (plus English where that one is incomplete). Kept out of
 * messages/<lang>.json so every other page's first load does not carry these words.
 */
export async function loadBundleMessages(bundle: MessageBundle, code: string): Promise<{ lang: string; messages: object; fallback?: object }> {
  const lang = isLanguage(code) ? code : defaultLanguage;
  const messages = await loadBundle(bundle, lang);
  if (lang === defaultLanguage || languageFor(lang).complete) return { lang, messages };
  return { lang, messages, fallback: await loadBundle(bundle, defaultLanguage) };
}
