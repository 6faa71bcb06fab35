/**
 * Home's one page script (README.md here; Home has no app JavaScript): registers the service
 * worker, remembers a language picked from the header menu, starts Quick exit's blank screen and
 * Shift shortcut (the header link works without it), and on a phone with a plan loads the
 * next-appointment card's script (next-appointment.ts). That script is a file of its own whose
 * name carries its own hash, so the page passes its address on the tag (`data-plan-script`)
 * rather than this file naming it.
 */
import { localKeys } from '$lib/db/local-keys';
import { startQuickExit } from '$lib/privacy/quick-exit/start';
import { quickExitUrl } from '$lib/privacy/quick-exit/url';
import { startScriptlessPage } from './scriptless-page';

const tag = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
startScriptlessPage(localKeys.language, window, localKeys.planSaved, tag?.dataset.planScript);
startQuickExit(window, quickExitUrl);
