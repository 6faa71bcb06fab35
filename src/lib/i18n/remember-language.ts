import { localKeys } from '$lib/db/local-keys';

/**
 * Keeps the person's language choice on this phone, for `/` to read before first paint.
 * Blocked storage (private mode, settings) only means the choice is not remembered.
 */
export function rememberLanguage(code: string, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(localKeys.language, code);
    return storage !== undefined;
  } catch {
    return false;
  }
}
