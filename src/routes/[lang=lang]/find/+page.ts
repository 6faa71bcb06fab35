import { withMessages } from '$lib/i18n/page-messages';
import { languageCodes } from '$lib/i18n/languages';
import type { EntryGenerator, PageLoad } from './$types';

// Prerendered once per language; the search itself lives in the query string, read in the browser.
export const entries: EntryGenerator = () => languageCodes.map((lang) => ({ lang }));

export const load: PageLoad = ({ params, parent }) => withMessages(['directory', 'find'], params.lang, parent);
