/**
 * Every page script (README.md here). Each name is one file in this folder, `<name>.ts`, which
 * scripts/lib/page-script-plugin.ts builds on its own; a page gets its address from
 * `import url from 'virtual:<name>-page-script'` (declared in virtual-modules.d.ts).
 */
export const pageScriptNames = ['overdose', 'next-appointment', 'home', 'language-redirect', 'staying-safe', 'language-pack'] as const;

export type PageScriptName = (typeof pageScriptNames)[number];
