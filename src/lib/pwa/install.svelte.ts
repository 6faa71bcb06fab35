/** Chrome's install prompt event; not in TypeScript's DOM types. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * Offers an Install button where the browser allows it (Chrome on Android) and says when the app
 * is already installed. Where neither applies, the page's written steps are all there is.
 */
class InstallState {
  #prompt = $state<BeforeInstallPromptEvent | undefined>();
  #installed = $state(false);
  #listening = false;

  get canPrompt(): boolean {
    return this.#prompt !== undefined;
  }

  get installed(): boolean {
    return this.#installed;
  }

  listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    this.#installed = matchMedia('(display-mode: standalone)').matches;
    addEventListener('beforeinstallprompt', (event) => {
      event.preventDefault(); // keep Chrome's mini-bar away; the person chooses from More
      this.#prompt = event as BeforeInstallPromptEvent;
    });
    addEventListener('appinstalled', () => {
      this.#installed = true;
      this.#prompt = undefined;
    });
  }

  async prompt(): Promise<void> {
    const event = this.#prompt;
    if (!event) return;
    this.#prompt = undefined; // an event can prompt only once
    await event.prompt();
    if ((await event.userChoice).outcome === 'accepted') this.#installed = true;
  }
}

export const install = new InstallState();
