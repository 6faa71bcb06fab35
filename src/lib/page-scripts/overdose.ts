/**
 * The one script the overdose pages load: a small same-origin file (no inline code, so a
 * `script-src 'self'` policy allows it), built on its own (README.md here). Its parts that are
 * overdose help's own live in src/lib/overdose/page-script/.
 * The pages are plain HTML and read fully without it; it only adds what needs JavaScript: the
 * repeat-dose timer and dose log, "Read this out", Quick exit's overlay and Shift shortcut, and
 * (as on Home) the service worker, so a first visit straight to an emergency step is enough to
 * work offline later.
 *
 * Keep it small and free of app modules: everything it imports is bundled into this one file.
 */
import { localKeys } from '$lib/db/local-keys';
import { startDoses } from '$lib/overdose/page-script/doses';
import { startReadAloud } from '$lib/overdose/page-script/read-aloud';
import { startQuickExit } from '$lib/privacy/quick-exit/start';
import { quickExitUrl } from '$lib/privacy/quick-exit/url';
import { startScriptlessPage } from './scriptless-page';

startScriptlessPage(localKeys.language, window);
startQuickExit(window, quickExitUrl);
startReadAloud(document);
startDoses(document);
