import { loadBundleMessages, loadMessages } from '$lib/i18n/messages';
import { addMessages, translatorFor } from '$lib/i18n/translator';
import type { PageLoad } from './$types';

// `/` only forwards to a language (its one small script, src/lib/page-scripts/language-redirect.ts)
// or lists languages: it needs no app JavaScript.
export const csr = false;

export const load: PageLoad = async () => {
  const t = translatorFor(await loadMessages('en'));
  // The words of this page and the app's description are Home's (messages/home), not in the core
  // bundle every app page loads.
  addMessages(await loadBundleMessages('home', 'en'));
  return { t };
};
