import i18next, { type FormatterModule, type i18n, type TFunction } from 'i18next';
import { intlLocales } from './intl-locale';
import { defaultLanguage } from './languages';
import type { PageMessages } from './messages';

const translators = new Map<string, TFunction>();
const instances = new Map<string, i18n>();
const remembered = new Map<string, Map<string, string>>();

/**
 * A `t` fixed to one language. Each language gets its own i18next instance, created once:
 * a shared instance switched with changeLanguage would leak one page's language into the
 * next while pages are prerendered one after another in the same process.
 */
export function translatorFor({ lang, messages, fallback }: PageMessages): TFunction {
  const known = translators.get(lang);
  if (known) return known;
  const instance = i18next.createInstance();
  let number: Intl.NumberFormat | undefined;
  /**
   * Numbers in sentences as the language writes them ("1,204 places", "1 204 lieux"), counts
   * included: i18next would print {{count}} as it is. Every number the messages take is a quantity
   * (a count, an age, a step); years and phone numbers are passed as text, which stays as it is.
   * Replaces i18next's own formatter, which only formats `{{value, number}}`, a form no message uses.
   */
  const numbers = {
    type: 'formatter',
    format: (value: unknown) => (typeof value === 'number' ? (number ??= new Intl.NumberFormat(intlLocales(lang))).format(value) : value)
  } as FormatterModule;
  // initAsync: false makes init synchronous, so t() works during prerender.
  void instance.use(numbers).init({
    lng: lang,
    fallbackLng: defaultLanguage,
    resources: {
      [lang]: { translation: messages },
      ...(fallback ? { [defaultLanguage]: { translation: fallback } } : {})
    },
    initAsync: false,
    // Svelte escapes text it renders; escaping here too would show &amp; to people.
    interpolation: { escapeValue: false, alwaysFormat: true }
  });
  const fixed = instance.getFixedT(lang);
  const answers = new Map<string, string>();
  /**
   * i18next takes several microseconds a call, and a results list asks for about ten strings per
   * card on every keystroke, mostly the same ones: remember each answer for a key and its values
   * (primitives only; anything else goes straight through). Cleared when a bundle is added.
   */
  const t = ((key: unknown, options?: unknown, ...rest: unknown[]) => {
    if (typeof key !== 'string' || rest.length > 0 || !isPlainValues(options)) return (fixed as unknown as (...a: unknown[]) => unknown)(key, options, ...rest);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let answer = answers.get(id);
    if (answer === undefined) {
      answer = (options === undefined ? plainMessage(instance, lang, key) : undefined) ?? (fixed(key as never, options as never) as unknown as string);
      if (answers.size > 5000) answers.clear();
      answers.set(id, answer);
    }
    return answer;
  }) as unknown as TFunction;
  translators.set(lang, t);
  instances.set(lang, instance);
  remembered.set(lang, answers);
  return t;
}

/**
 * A message that i18next would return as it is written: asked for with no values, and holding
 * no {{value}} and no $t(nesting). Most of a page's words are like this, and reading them from
 * the resources directly skips i18next's translate(), the largest part of drawing a page's words
 * the first time (about 20 ms of the 100 ms that draws Find help, unthrottled). Undefined sends
 * the key through i18next, which also handles missing keys and plurals.
 */
function plainMessage(instance: i18n, lang: string, key: string): string | undefined {
  for (const from of lang === defaultLanguage ? [lang] : [lang, defaultLanguage]) {
    const found: unknown = instance.getResource(from, 'translation', key);
    if (found === undefined || found === null) continue;
    return typeof found === 'string' && found !== '' && !found.includes('{{') && !found.includes('$t(') ? found : undefined;
  }
  return undefined;
}

/** Undefined, or an object whose values are all strings, numbers or booleans. */
function isPlainValues(options: unknown): boolean {
  if (options === undefined) return true;
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return false;
  for (const value of Object.values(options)) if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  return true;
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
  remembered.get(lang)?.clear();
}
