import { loadMessages } from '$lib/i18n/messages';
import { translatorFor } from '$lib/i18n/translator';
import type { PageLoad } from './$types';

// `/` only forwards to a language (its one small script, src/lib/i18n/language-redirect.ts) or
// lists languages: it needs no app JavaScript.
export const csr = false;

export const load: PageLoad = async () => ({ t: translatorFor(await loadMessages('en')) });
