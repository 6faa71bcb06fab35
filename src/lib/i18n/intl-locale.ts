/**
 * The one rule for which locales an Intl formatter gets for a page language, so every date, time,
 * distance and count a person reads follows it:
 * - `en` is British English: Onward is for the UK, and plain `en` is American ("Nov 18, 5:00 PM").
 * - `ar` asks for Western digits (0–9): the phone numbers, postcodes, bus numbers, signs and
 *   letters a person reads in the UK use them, and so do the translators' own strings; some
 *   browsers still give Arabic the Arabic-Indic digits (٠١٢) by default.
 * - British English follows as the fallback: a browser without a language's data (Chrome has
 *   none for Welsh) would otherwise fall back to its own default, often American English.
 */
export function intlLocales(lang: string): string[] {
  return lang === 'en' ? ['en-GB'] : [lang === 'ar' ? 'ar-u-nu-latn' : lang, 'en-GB'];
}
