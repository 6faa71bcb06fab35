import { database, type OnwardDatabase } from './database';
import { persistOnce, type StorageManagerLike } from './persist';
import { toStorageError } from './storage-error';

/**
 * The settings whose values the storage layer itself knows, with the type of each value. Add a key
 * here (or to FeatureSettingKey) before using it.
 */
export interface Settings {
  /** Keep the map and other downloads off, for pay-as-you-go data (set in More). */
  lowData: boolean;
  /** Set once navigator.storage.persist() has been asked for. */
  persistRequested: boolean;
  /** When the person last exported their data (ms since 1970): the reminder to export counts from it. */
  lastExportAt: number;
}

/**
 * Settings a feature keeps under its own type and checks with its own guard when read back, so
 * that the storage layer depends on no feature: `place` (geo/place.ts: the place Find help searches
 * near, a phone's own position only rounded to ~1 km), `lock` and `lockTries`
 * (privacy/lock/lock-setting.ts: salt, iterations and check value, never the secret or key; wrong
 * tries in a row).
 */
export type FeatureSettingKey = 'place' | 'lock' | 'lockTries';

export type SettingKey = keyof Settings | FeatureSettingKey;

/** Checks what comes back from storage: another version or a broken write may have left anything. */
const validators: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  lowData: (v): v is boolean => typeof v === 'boolean',
  persistRequested: (v): v is boolean => typeof v === 'boolean',
  lastExportAt: (v): v is number => typeof v === 'number' && Number.isFinite(v)
};

/** Typed access to the settings table. Every failure becomes a StorageError. */
export function settingsRepository(
  db: OnwardDatabase = database(),
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage
) {
  /** A feature's setting, if what is stored passes the feature's own check. */
  async function read<T>(key: SettingKey, isValid: (v: unknown) => v is T): Promise<T | undefined> {
    try {
      const row = await db.settings.get(key);
      return row && isValid(row.value) ? row.value : undefined;
    } catch (error) {
      throw toStorageError(error);
    }
  }

  const get = <K extends keyof Settings>(key: K): Promise<Settings[K] | undefined> => read(key, validators[key]);

  async function write<K extends SettingKey>(key: K, value: K extends keyof Settings ? Settings[K] : unknown): Promise<void> {
    try {
      await db.settings.put({ key, value });
    } catch (error) {
      throw toStorageError(error);
    }
  }

  return {
    get,
    read,
    /** Saves a setting the person chose; the first such save also asks for persistent storage. */
    async set<K extends SettingKey>(key: K, value: K extends keyof Settings ? Settings[K] : unknown): Promise<void> {
      await write(key, value);
      await persistOnce(
        storage,
        async () => (await get('persistRequested')) === true,
        () => write('persistRequested', true)
      ).catch(() => undefined); // a refused or failing persist() must never lose the save itself
    }
  };
}
