/**
 * Home's one script, built on its own by scripts/lib/page-script-plugin.ts (Home has no app
 * JavaScript): registers the service worker, remembers a language picked from the header menu,
 * and on a phone with a plan loads the next-appointment card's script. That script is a file of
 * its own whose name carries its own hash, so the page passes its address on the tag
 * (`data-plan-script`) rather than this file naming it.
 */
import { localKeys } from '../../db/local-keys';
import { startScriptlessPage } from '../../layout/scriptless-page';

const tag = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
startScriptlessPage(localKeys.language, window, localKeys.planSaved, tag?.dataset.planScript);
