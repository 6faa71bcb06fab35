/**
 * `/`'s one script, built on its own by scripts/lib/page-script-plugin.ts: sends the person on to
 * their language before anything paints. `/` loads it in its <head> without `defer`, so the
 * language list never flashes up first. A same-origin file, not an inline script, so the
 * Content-Security-Policy's `script-src 'self'` allows it.
 */
import { localKeys } from '../db/local-keys';
import { languageCodes } from './languages';
import { redirectToLanguage } from './pick-language';

redirectToLanguage(languageCodes, localKeys.language, window);
