/**
 * Registers the service worker and says when a new version is waiting.
 *
 * Written against the plain ServiceWorker API instead of workbox-window (vite-plugin-pwa's
 * `virtual:pwa-register`): that adds 2.4 KB gzip to every app page's first load (budgets in
 * perf/budgets.json), and two of its behaviours had to be worked around anyway: it reloads every
 * open tab when the new worker takes control (a tab where someone is typing would lose their
 * text), and on a first visit it does not reload even the tab that asked. The worker (src/service-worker.ts)
 * waits (no skipWaiting) until it receives {type: 'SKIP_WAITING'}, which is what Reload sends.
 */
class UpdateState {
  #waiting = $state(false);
  #registration: ServiceWorkerRegistration | undefined;

  get waiting(): boolean {
    return this.#waiting;
  }

  /** Registers once, in the browser, after the page is interactive. */
  async register(): Promise<void> {
    if (this.#registration || !('serviceWorker' in navigator)) return;
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    this.#registration = registration;
    if (registration.waiting && navigator.serviceWorker.controller) this.#waiting = true;
    registration.addEventListener('updatefound', () => {
      const incoming = registration.installing;
      incoming?.addEventListener('statechange', () => {
        // Installed while another version runs the page: it is waiting for the person's tap.
        // (With no controller it is the first install, which activates and claims at once.)
        if (incoming.state === 'installed' && navigator.serviceWorker.controller) this.#waiting = true;
      });
    });
    // Another tab's tap switched versions: this tab keeps its page and offers Reload.
    // The first install also changes the controller (clientsClaim), from none: not an update.
    let hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (hadController) this.#waiting = true;
      hadController = true;
    });
  }

  /** The person tapped Reload: activate the waiting version, then reload this tab. */
  async reload(): Promise<void> {
    const waiting = this.#registration?.waiting;
    if (!waiting) {
      // Another tab already switched versions: this tab only needs to reload.
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }
}

export const update = new UpdateState();
