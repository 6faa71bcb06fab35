/**
 * Loaded by the small scripts of pages without app JavaScript (Home, overdose, Staying safe) when
 * the page is not in English, so a person who only ever opens those pages in their language still
 * gets that language offline. A page script of its own (README.md here), whose address
 * PageScript.svelte puts on every page script's tag (`data-language-pack`).
 */
import { keepLanguageOffline } from '$lib/i18n/offline-language';
import { whenIdle } from '$lib/idle';

const lang = document.documentElement.lang;
if ('caches' in window && lang) whenIdle(() => void keepLanguageOffline(lang).catch(() => undefined));
