/**
 * THE place the lock's keys live while the app is unlocked: in this page's memory only. Never
 * written anywhere; a full page load starts locked (the honest cost of encryption at rest). The
 * keys are forgotten after 5 minutes in the background and on Quick exit (auto-lock.ts, started
 * by lock-store.ts with each unlock), and by "Lock now". Tiny and without crypto or runes: the
 * plan page and the Saved list import it at once to hear when to hide what they show.
 */
import type { LockKeys } from './lock-keys';

class Vault {
  #keys: LockKeys | null = null;
  #release: (() => void) | undefined;
  #listeners = new Set<() => void>();

  /** The keys, while unlocked. */
  get keys(): LockKeys | null {
    return this.#keys;
  }

  get open(): boolean {
    return this.#keys !== null;
  }

  /** Holds the keys after an unlock, or after the lock was turned on; `release` runs when they are forgotten. */
  hold(keys: LockKeys, release?: () => void): void {
    this.#release?.();
    this.#keys = keys;
    this.#release = release;
    this.#tell();
  }

  /**
   * Forgets the keys at once: everything personal must leave the screen (listeners do that). Also
   * called when the lock itself changed (Delete all removed it), so listeners always hear it.
   */
  forget(): void {
    this.#release?.();
    this.#release = undefined;
    this.#keys = null;
    this.#tell();
  }

  /** Calls `listener` after every hold and forget. Returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #tell(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

export const vault = new Vault();
