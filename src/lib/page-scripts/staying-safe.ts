/**
 * The Staying safe page's one page script (README.md here; the page has no app JavaScript): as
 * on Home, the service worker and a language picked from the header menu; and Quick exit's blank
 * screen and Shift shortcut (the header link works without it).
 */
import { localKeys } from '$lib/db/local-keys';
import { startQuickExit } from '$lib/privacy/quick-exit/start';
import { quickExitUrl } from '$lib/privacy/quick-exit/url';
import { startScriptlessPage } from './scriptless-page';

startScriptlessPage(localKeys.language, window);
startQuickExit(window, quickExitUrl);
