import { helplinesFile, readHelplines } from '$lib/directory/helplines';
import { directoryRoot } from '$lib/directory/root';
import { withMessages } from '$lib/i18n/page-messages';
import type { PageLoad } from './$types';

// Home is plain HTML with no app JavaScript (see src/lib/layout/scriptless-page.ts): forms and
// links do all its work, so it opens at once on a cheap phone.
export const csr = false;

export const load: PageLoad = async ({ fetch, params, parent }) => {
  // Home's words load only here: with no app JavaScript, they never reach a phone as a script.
  await withMessages(['home'], params.lang, parent);
  return {
    scriptless: true,
    helplines: await fetch(directoryRoot + helplinesFile)
      .then((r) => (r.ok ? r.json() : []))
      .then(readHelplines, () => [])
  };
};
