import type en from '../../../messages/en.json';
import type enFind from '../../../messages/find/en.json';
import { defaultLanguage, isLanguage, languageFor } from './languages';

export type Messages = typeof en;
/** Strings only Find help's results, service pages and map use: loaded with those pages. */
export type FindMessages = typeof enFind;

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

const lazyFindMessages = import.meta.glob<{ default: FindMessages }>('../../../messages/find/*.json');

async function loadFind(lang: string): Promise<FindMessages> {
  const file = lazyFindMessages[`../../../messages/find/${lang}.json`] ?? lazyFindMessages[`../../../messages/find/${defaultLanguage}.json`];
  if (!file) throw new Error(`messages/find/${defaultLanguage}.json is missing`);
  return (await file()).default;
}

/**
 * The Find help bundle for one language (plus English where that one is incomplete). Kept out of
 * messages/<lang>.json so every other page's first load does not carry the results screen's words.
 */
export async function loadFindMessages(code: string): Promise<{ lang: string; messages: FindMessages; fallback?: FindMessages }> {
  const lang = isLanguage(code) ? code : defaultLanguage;
  const messages = await loadFind(lang);
  if (lang === defaultLanguage || languageFor(lang).complete) return { lang, messages };
  return { lang, messages, fallback: await loadFind(defaultLanguage) };
}
