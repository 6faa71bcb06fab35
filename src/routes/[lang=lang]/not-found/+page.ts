import { languageCodes } from '$lib/i18n/languages';
import { withMessages } from '$lib/i18n/page-messages';
import type { EntryGenerator, PageLoad } from './$types';

// Shown for any address the site does not have (by the service worker, and by the host: see
// docs/deploying.md, Addresses and "not found"), so it must draw right at any depth: plain HTML, no app
// JavaScript that would read the address and route it.
export const csr = false;

// Nothing links here: prerender it for every language.
export const entries: EntryGenerator = () => languageCodes.map((lang) => ({ lang }));

export const load: PageLoad = async ({ params, parent }) => {
  // Its words load only here: every other page's first load does not carry them.
  await withMessages(['not-found'], params.lang, parent);
  return { scriptless: true };
};
