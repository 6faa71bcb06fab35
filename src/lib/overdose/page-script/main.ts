/**
 * The one script the overdose pages load: a small same-origin file (no inline code, so a
 * `script-src 'self'` policy allows it), built on its own by scripts/lib/page-script-plugin.ts.
 * The pages are plain HTML and read fully without it; it only adds what needs JavaScript: the
 * repeat-dose timer and dose log, "Read this out", Quick exit's overlay and Shift shortcut, and
 * (as on Home) the service worker, so a first visit straight to an emergency step is enough to
 * work offline later.
 *
 * Keep it small and free of app modules: everything it imports is bundled into this one file.
 */
import { localKeys } from '../../db/local-keys';
import { startScriptlessPage } from '../../layout/scriptless-page';
import { startQuickExit } from '../../privacy/quick-exit/start';
import { quickExitUrl } from '../../privacy/quick-exit/url';
import { startDoses } from './doses';
import { startReadAloud } from './read-aloud';

startScriptlessPage(localKeys.language, window);
startQuickExit(window, quickExitUrl);
startReadAloud(document);
startDoses(document);
