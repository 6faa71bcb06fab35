import { isChosenPlace, type ChosenPlace } from '../geo/place';
import { isLockSetting, isLockTries, type LockSetting, type LockTries } from '../privacy/lock/lock-setting';
import { database, type OnwardDatabase } from './database';
import { persistOnce, type StorageManagerLike } from './persist';
import { toStorageError } from './storage-error';

/** The settings Onward keeps, with the type of each value. Add a key here before using it. */
export interface Settings {
  /** Keep the map and other downloads off, for pay-as-you-go data (set in More). */
  lowData: boolean;
  /** Set once navigator.storage.persist() has been asked for. */
  persistRequested: boolean;
  /** The place Find help searches near, as last chosen; a phone's own position only rounded to ~1 km. */
  place: ChosenPlace;
  /** When the person last exported their data (ms since 1970): the reminder to export counts from it. */
  lastExportAt: number;
  /** The lock, when set (src/lib/privacy/lock): salt, iterations and check value, never the secret or key. */
  lock: LockSetting;
  /** Wrong unlock tries in a row, and when the next may be checked. */
  lockTries: LockTries;
}

export type SettingKey = keyof Settings;

/** Checks what comes back from storage: another version or a broken write may have left anything. */
const validators: { [K in SettingKey]: (v: unknown) => v is Settings[K] } = {
  lowData: (v): v is boolean => typeof v === 'boolean',
  persistRequested: (v): v is boolean => typeof v === 'boolean',
  place: isChosenPlace,
  lastExportAt: (v): v is number => typeof v === 'number' && Number.isFinite(v),
  lock: isLockSetting,
  lockTries: isLockTries
};

/** Typed access to the settings table. Every failure becomes a StorageError. */
export function settingsRepository(
  db: OnwardDatabase = database(),
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage
) {
  async function get<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
    try {
      const row = await db.settings.get(key);
      return row && validators[key](row.value) ? row.value : undefined;
    } catch (error) {
      throw toStorageError(error);
    }
  }

  async function write<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    try {
      await db.settings.put({ key, value });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  return {
    get,
    /** Saves a setting the person chose; the first such save also asks for persistent storage. */
    async set<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
      await write(key, value);
      await persistOnce(
        storage,
        async () => (await get('persistRequested')) === true,
        () => write('persistRequested', true)
      ).catch(() => undefined); // a refused or failing persist() must never lose the save itself
    }
  };
}
