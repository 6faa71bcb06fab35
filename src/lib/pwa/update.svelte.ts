/**
 * Whether a new version of Onward is waiting, and how to switch to it.
 *
 * registerType 'prompt': the waiting service worker takes over only when the person taps Reload.
 * vite-plugin-pwa's register.js reloads every open tab when the new worker takes control, even a
 * tab where nobody tapped anything; `onNeedReload` below stops that, so a tab where someone is
 * typing keeps what they typed and simply keeps showing the banner.
 */
class UpdateState {
  #waiting = $state(false);
  #requested = false;
  #apply: ((reload?: boolean) => Promise<void>) | undefined;

  get waiting(): boolean {
    return this.#waiting;
  }

  /** Registers the service worker once, in the browser, after the page is interactive. */
  async register(): Promise<void> {
    if (this.#apply || !('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#apply = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        this.#waiting = true;
      },
      onNeedReload: () => {
        if (this.#requested) location.reload();
        else this.#waiting = true;
      }
    });
  }

  /** The person tapped Reload: activate the waiting version, then reload this tab. */
  async reload(): Promise<void> {
    this.#requested = true;
    await this.#apply?.(true);
  }
}

export const update = new UpdateState();
