/**
 * The routes that ship no app JavaScript (`csr = false`): Home, the overdose pages, Staying safe
 * and "not found". The client router would draw them itself when a link in an app page leads
 * there, and then their page scripts (repeat-dose timer, read aloud, Home's plan card, Quick
 * exit's keys) never run (sveltejs/kit#6576). So the browser loads them, as a person opening the link would.
 * scriptless-routes.test.ts checks this list against every `csr = false` in src/routes.
 */
export const scriptlessRoutes: readonly string[] = [
  '/',
  '/[lang=lang]',
  '/[lang=lang]/overdose',
  '/[lang=lang]/overdose/[...path]',
  '/[lang=lang]/more/staying-safe',
  '/[lang=lang]/not-found'
];

export function isScriptless(routeId: string | null | undefined): boolean {
  return !!routeId && scriptlessRoutes.includes(routeId);
}
