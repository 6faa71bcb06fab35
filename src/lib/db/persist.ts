/** The part of `navigator.storage` Onward uses; missing on old browsers and some WebViews. */
export interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/**
 * Asks the browser not to evict Onward's data under storage pressure (cheap phones fill up).
 * Called after the person's first save, because Chrome grants it more readily to a site the
 * person has engaged with, and asking on page load would look like a permission grab.
 * `alreadyAsked`/`markAsked` keep it to once per phone, across visits.
 */
export async function persistOnce(
  storage: StorageManagerLike | undefined,
  alreadyAsked: () => Promise<boolean>,
  markAsked: () => Promise<void>
): Promise<boolean | undefined> {
  if (!storage?.persist) return undefined;
  if (await alreadyAsked()) return storage.persisted ? storage.persisted() : undefined;
  await markAsked();
  return storage.persist();
}
