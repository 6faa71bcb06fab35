import type { BrowserContext, ConsoleMessage, Worker } from '@playwright/test';

/** Names of our own on `window` and on the worker's global; they cannot clash with the app's. */
const binding = '__onwardCspViolation';
const workerList = '__onwardCspViolations';

/**
 * Starts writing down every Content-Security-Policy violation in a browser context, from before
 * any page script runs: each page's `securitypolicyviolation` events and the console errors
 * Chromium logs for them, and the service worker's own events (its policy is the header sw.js is
 * served with, and it governs the worker's fetch() of map tiles). A worker's console does not
 * reach Playwright for these, so a listener is put into the worker and read back by `list()`.
 */
export async function recordCspViolations(context: BrowserContext): Promise<{ list(): Promise<string[]> }> {
  const found: string[] = [];
  await context.exposeBinding(binding, (_source, text: string) => void found.push(text));
  await context.addInitScript((name) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[name];
      report?.(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
    });
  }, binding);
  const onConsole = (message: ConsoleMessage) => {
    if (/Content Security Policy/i.test(message.text())) found.push(message.text());
  };
  for (const page of context.pages()) page.on('console', onConsole);
  context.on('page', (page) => page.on('console', onConsole));

  const watch = (worker: Worker) =>
    worker
      .evaluate((name) => {
        const scope = self as unknown as Record<string, string[]> & EventTarget;
        scope[name] ??= [];
        self.addEventListener('securitypolicyviolation', (e) => {
          const v = e as SecurityPolicyViolationEvent;
          scope[name]!.push(`service worker: ${v.effectiveDirective} blocked ${v.blockedURI || 'inline code'}`);
        });
      }, workerList)
      .catch(() => undefined); // a worker stopped by the browser took its list with it
  const watching = context.serviceWorkers().map(watch);
  context.on('serviceworker', (worker) => void watching.push(watch(worker)));

  return {
    async list() {
      await Promise.all(watching);
      const fromWorkers = await Promise.all(
        context.serviceWorkers().map((worker) => worker.evaluate((name) => (self as unknown as Record<string, string[]>)[name] ?? [], workerList).catch(() => []))
      );
      return [...found, ...fromWorkers.flat()];
    }
  };
}
