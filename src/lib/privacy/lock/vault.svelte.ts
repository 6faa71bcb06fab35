/**
 * THE place the lock's keys live while the app is unlocked: in this page's memory only. Never
 * written anywhere; a full page load starts locked (the honest cost of encryption at rest). The
 * keys are forgotten after 5 minutes in the background and on Quick exit (auto-lock.ts), and by
 * "Lock now". Small, with no crypto: pages that only need to know whether it is open import it.
 */
import { watchAway } from './auto-lock';
import type { LockKeys } from './lock-keys';

class Vault {
  #keys = $state.raw<LockKeys | null>(null);
  #stopWatching: (() => void) | undefined;
  #listeners = new Set<() => void>();

  /** The keys, while unlocked. */
  get keys(): LockKeys | null {
    return this.#keys;
  }

  /** True while the keys are held (reactive in components). */
  get open(): boolean {
    return this.#keys !== null;
  }

  /** Holds the keys after an unlock, or after the lock was turned on. */
  hold(keys: LockKeys): void {
    this.#keys = keys;
    if (typeof window !== 'undefined') this.#stopWatching ??= watchAway(window, () => this.forget());
    this.#tell();
  }

  /** Forgets the keys at once: everything personal must leave the screen (listeners do that). */
  forget(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    if (this.#keys === null) return;
    this.#keys = null;
    this.#tell();
  }

  /** Calls `listener` after every hold and forget. Returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #tell(): void {
    for (const listener of this.#listeners) listener();
  }
}

export const vault = new Vault();
