/**
 * The Staying safe page's one script, built on its own by scripts/lib/page-script-plugin.ts (the
 * page has no app JavaScript): as on Home, the service worker and a language picked from the
 * header menu; and Quick exit's blank screen and Shift shortcut (the header link works without it).
 */
import { localKeys } from '../../db/local-keys';
import { startScriptlessPage } from '../../layout/scriptless-page';
import { startQuickExit } from '../quick-exit/start';
import { quickExitUrl } from '../quick-exit/url';

startScriptlessPage(localKeys.language, window);
startQuickExit(window, quickExitUrl);
