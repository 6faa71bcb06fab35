import i18next, { type i18n, type TFunction } from 'i18next';
import { defaultLanguage } from './languages';
import type { PageMessages } from './messages';

const translators = new Map<string, TFunction>();
const instances = new Map<string, i18n>();

/**
 * A `t` fixed to one language. Each language gets its own i18next instance, created once:
 * a shared instance switched with changeLanguage would leak one page's language into the
 * next while pages are prerendered one after another in the same process.
 */
export function translatorFor({ lang, messages, fallback }: PageMessages): TFunction {
  const known = translators.get(lang);
  if (known) return known;
  const instance = i18next.createInstance();
  // initAsync: false makes init synchronous, so t() works during prerender.
  void instance.init({
    lng: lang,
    fallbackLng: defaultLanguage,
    resources: {
      [lang]: { translation: messages },
      ...(fallback ? { [defaultLanguage]: { translation: fallback } } : {})
    },
    initAsync: false,
    // Svelte escapes text it renders; escaping here too would show &amp; to people.
    interpolation: { escapeValue: false }
  });
  const t = instance.getFixedT(lang);
  translators.set(lang, t);
  instances.set(lang, instance);
  return t;
}

/**
 * Adds a page's own bundle (e.g. Find help's) to a language's translator, so the `t` every
 * component already holds knows those keys too. Call after the layout made the translator.
 */
export function addMessages({ lang, messages, fallback }: { lang: string; messages: object; fallback?: object }): void {
  const instance = instances.get(lang);
  if (!instance) throw new Error(`addMessages(${lang}) before translatorFor(${lang})`);
  instance.addResourceBundle(lang, 'translation', messages, true, false);
  if (fallback) instance.addResourceBundle(defaultLanguage, 'translation', fallback, true, false);
}
