import { helplinesFile, readHelplines } from '$lib/directory/helplines';
import { directoryRoot } from '$lib/directory/directory-address';
import { withMessages } from '$lib/i18n/page-messages';
import { languageCodes } from '$lib/i18n/languages';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => languageCodes.map((lang) => ({ lang }));

export const load: PageLoad = async ({ params, parent, fetch }) => {
  // The helplines file is a few hundred bytes, precached: the printed plan lists them offline too.
  const [helplines] = await Promise.all([
    fetch(directoryRoot + helplinesFile)
      .then((r) => (r.ok ? r.json() : []))
      .then(readHelplines, () => []),
    withMessages(['plan'], params.lang, parent)
  ]);
  return { helplines };
};
