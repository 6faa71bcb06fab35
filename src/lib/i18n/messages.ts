import type en from '../../../messages/en.json';
import { defaultLanguage, isLanguage, languageFor } from './languages';

export type Messages = typeof en;

/** The messages a page needs: its own language, plus English where that one is incomplete. */
export interface PageMessages {
  lang: string;
  messages: Messages;
  fallback?: Messages;
}

/**
 * Page bundles (messages/<bundle>/<lang>.json): words only some pages use, loaded with them, so
 * every other page's first load does not carry them. `core` is messages/<lang>.json.
 */
export type MessageBundle = 'home' | 'more' | 'directory' | 'find' | 'map' | 'service' | 'overdose' | 'plan' | 'backup' | 'staying-safe' | 'lock' | 'not-found';
type MessageFile = MessageBundle | 'core';

// Prerendering reads the files from disk. The browser fetches them as plain JSON files the build
// writes under one content-hashed folder (scripts/lib/messages-assets.ts): a URL pattern instead of
// a table of 90 lazy chunks (nine languages × ten files), which cost every page 1.3 KB gzip.
const serverFiles = import.meta.env.SSR ? import.meta.glob<{ default: object }>(['../../../messages/*.json', '../../../messages/*/*.json']) : {};

async function loadFile(file: MessageFile, lang: string): Promise<object> {
  if (import.meta.env.SSR) {
    const found = serverFiles[file === 'core' ? `../../../messages/${lang}.json` : `../../../messages/${file}/${lang}.json`];
    if (!found) throw new Error(`messages: no ${file} file for ${lang}`);
    return (await found()).default;
  }
  const response = await fetch(`${__MESSAGES_BASE__}/${lang}/${file}.json`);
  if (!response.ok) throw new Error(`messages: ${file} for ${lang} answered ${response.status}`);
  return (await response.json()) as object;
}

/** The messages for one language; English for an unknown code. */
export async function loadMessages(code: string): Promise<PageMessages> {
  const lang = isLanguage(code) ? code : defaultLanguage;
  const messages = (await loadFile('core', lang)) as Messages;
  if (lang === defaultLanguage || languageFor(lang).complete) return { lang, messages };
  return { lang, messages, fallback: (await loadFile('core', defaultLanguage)) as Messages };
}

/** One page bundle for one language (plus English where that one is incomplete). */
export async function loadBundleMessages(bundle: MessageBundle, code: string): Promise<{ lang: string; messages: object; fallback?: object }> {
  const lang = isLanguage(code) ? code : defaultLanguage;
  const messages = await loadFile(bundle, lang);
  if (lang === defaultLanguage || languageFor(lang).complete) return { lang, messages };
  return { lang, messages, fallback: await loadFile(bundle, defaultLanguage) };
}
