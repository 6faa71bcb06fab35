/**
 * The chosen place is remembered on this phone only (IndexedDB, via the settings repository).
 * The database code is imported here, on use, so no page loads it up front.
 */
import type { ChosenPlace } from './place';

/** The place chosen last time, if any; storage that cannot be read counts as none. */
export async function rememberedPlace(): Promise<ChosenPlace | undefined> {
  try {
    const { settingsRepository } = await import('$lib/db/settings');
    return await settingsRepository().get('place');
  } catch {
    return undefined;
  }
}

/** Saves the place; a failing save (private mode, full storage) must not stop the search. */
export async function rememberPlace(place: ChosenPlace): Promise<boolean> {
  try {
    const { settingsRepository } = await import('$lib/db/settings');
    await settingsRepository().set('place', place);
    return true;
  } catch {
    return false;
  }
}
