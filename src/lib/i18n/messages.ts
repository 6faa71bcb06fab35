// English stays in the first-load bundle: it is the fallback for every other language.
import en from '../../../messages/en.json';
import { defaultLanguage, isLanguage } from './languages';

export type Messages = typeof en;

// Only the active language's file is fetched; en.json is excluded because it is imported above.
const lazyMessages = import.meta.glob<{ default: Messages }>([
  '../../../messages/*.json',
  '!../../../messages/en.json',
  '!../../../messages/status.json'
]);

export const englishMessages: Messages = en;

/** The messages for one language; English for an unknown code. */
export async function loadMessages(lang: string): Promise<Messages> {
  if (lang === defaultLanguage || !isLanguage(lang)) return en;
  const load = lazyMessages[`../../../messages/${lang}.json`];
  if (!load) return en;
  return (await load()).default;
}
