import { languageCodes } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

// Prerendered once per language; the search itself lives in the query string, read in the browser.
export const entries: EntryGenerator = () => languageCodes.map((lang) => ({ lang }));
