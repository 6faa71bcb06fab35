// Where each page script is served: one module per name in entries.ts (README.md here;
// scripts/lib/page-script-plugin.ts builds them).
declare module 'virtual:overdose-page-script' {
  /** The overdose pages' one script file (overdose.ts). */
  const url: string;
  export default url;
}
declare module 'virtual:next-appointment-page-script' {
  /** Home's next-appointment card script. */
  const url: string;
  export default url;
}
declare module 'virtual:home-page-script' {
  /** Home's script: service worker, remembered language, and the next-appointment card's loader. */
  const url: string;
  export default url;
}
declare module 'virtual:language-redirect-page-script' {
  /** `/`'s script: sends the person on to their language before anything paints. */
  const url: string;
  export default url;
}
declare module 'virtual:staying-safe-page-script' {
  /** The Staying safe page's script: service worker, remembered language, Quick exit. */
  const url: string;
  export default url;
}
declare module 'virtual:language-pack-page-script' {
  /** Caches a language's pages for offline use; named on every page script's tag (PageScript.svelte). */
  const url: string;
  export default url;
}
