import { helplinesFile, readHelplines } from '$lib/directory/helplines';
import { directoryRoot } from '$lib/directory/directory-address';
import { withMessages } from '$lib/i18n/page-messages';
import type { PageLoad } from './$types';

// Home is plain HTML with no app JavaScript (see src/lib/page-scripts/README.md): forms and
// links do all its work, so it opens at once on a cheap phone.
export const csr = false;

export const load: PageLoad = async ({ fetch, params, parent }) => {
  // Home's words load only here: with no app JavaScript, they never reach a phone as a script.
  // The directory's and service pages' too, for what the helpline list says about each line.
  await withMessages(['home', 'directory', 'service'], params.lang, parent);
  const { t } = await parent();
  const helplines = await fetch(directoryRoot + helplinesFile)
    .then((r) => (r.ok ? r.json() : []))
    .then(readHelplines, () => []);
  // Only ever run while prerendering (csr is false), and imported only there: Home's client module,
  // which never runs, would otherwise make the code that Find help and service pages share for these
  // words a chunk of its own, one more request on both.
  const [facts, source] = import.meta.env.SSR
    ? await Promise.all([import('$lib/directory/ui/helpline-facts'), import('$lib/directory/ui/number-source')])
    : [];
  return {
    scriptless: true,
    helplines: helplines.map((line) => ({
      ...line,
      nationsLabel: facts?.nationsLabel(line.nations, t, params.lang),
      source: source?.numberSource(line, t, params.lang)
    }))
  };
};
