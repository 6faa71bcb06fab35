/**
 * The chosen place is remembered on this phone only (IndexedDB, via the settings repository).
 * The database code is imported here, on use, and only when a place was ever saved (a flag in
 * localStorage says so), so no page loads Dexie up front for a person who never chose a place.
 */
import { localKeys } from '$lib/db/local-keys';
import { isChosenPlace, type ChosenPlace } from './place';

function flag(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked (some private modes)
  }
}

/** The place chosen last time, if any; storage that cannot be read counts as none. */
export async function rememberedPlace(): Promise<ChosenPlace | undefined> {
  try {
    if (flag()?.getItem(localKeys.placeSaved) !== '1') return undefined;
    const { settingsRepository } = await import('$lib/db/settings');
    return await settingsRepository().read('place', isChosenPlace);
  } catch {
    return undefined;
  }
}

/** Saves the place; a failing save (private mode, full storage) must not stop the search. */
export async function rememberPlace(place: ChosenPlace): Promise<boolean> {
  try {
    const { settingsRepository } = await import('$lib/db/settings');
    await settingsRepository().set('place', place);
    flag()?.setItem(localKeys.placeSaved, '1');
    return true;
  } catch {
    return false;
  }
}
