import { helplinesFile, readHelplines } from '$lib/directory/helplines';
import { directoryRoot } from '$lib/directory/root';
import type { PageLoad } from './$types';

// Home is plain HTML with no app JavaScript (see src/lib/layout/scriptless-page.ts): forms and
// links do all its work, so it opens at once on a cheap phone.
export const csr = false;

export const load: PageLoad = async ({ fetch }) => ({
  scriptless: true,
  helplines: await fetch(directoryRoot + helplinesFile)
    .then((r) => (r.ok ? r.json() : []))
    .then(readHelplines, () => [])
});
