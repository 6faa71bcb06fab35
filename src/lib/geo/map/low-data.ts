/**
 * The "save data" choice (More › Save data): when on, the map downloads no pictures and shows
 * the places on a plain background. A device choice, not personal data, so it lives in
 * localStorage, read synchronously with nothing to download. Blocked storage (private mode,
 * some WebViews) reads as off.
 */
import { localKeys } from '$lib/db/local-keys';

/** Whether the person turned "save data" on, on this phone. */
export function lowDataOn(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(localKeys.lowData) === 'on';
  } catch {
    return false;
  }
}

/** Saves the choice; false when this phone would not keep it. */
export function setLowData(on: boolean, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): boolean {
  try {
    if (!storage) return false;
    if (on) storage.setItem(localKeys.lowData, 'on');
    else storage.removeItem(localKeys.lowData);
    return true;
  } catch {
    return false;
  }
}
