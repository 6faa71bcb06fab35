/**
 * Loaded by the small scripts of pages without app JavaScript (Home, overdose, Staying safe) when
 * the page is not in English, so a person who only ever opens those pages in their language still
 * gets that language offline. Built on its own by scripts/lib/page-script-plugin.ts.
 */
import { keepLanguageOffline } from './offline-language';
import { whenIdle } from '../idle';

const lang = document.documentElement.lang;
if ('caches' in window && lang) whenIdle(() => void keepLanguageOffline(lang).catch(() => undefined));
