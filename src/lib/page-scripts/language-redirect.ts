/**
 * `/`'s one page script (README.md here): sends the person on to their language before anything
 * paints. `/` loads it in its <head> without `defer`, so the language list never flashes up
 * first. A same-origin file, not an inline script, so the Content-Security-Policy's
 * `script-src 'self'` allows it.
 */
import { localKeys } from '$lib/db/local-keys';
import { languageCodes } from '$lib/i18n/languages';
import { redirectToLanguage } from '$lib/i18n/pick-language';

redirectToLanguage(languageCodes, localKeys.language, window);
