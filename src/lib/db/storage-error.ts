/**
 * Why the phone could not keep something, in terms the UI can turn into plain words. 'locked':
 * the lock is on and this page does not hold its key (src/lib/privacy/lock).
 */
export type StorageProblem = 'unavailable' | 'full' | 'unknown' | 'locked';

/** Raised by every repository when IndexedDB fails, so screens can say what happened. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    options?: { cause?: unknown }
  ) {
    super(`storage ${problem}`, options);
    this.name = 'StorageError';
  }
}

/** Maps Dexie's and the browser's error names to what the person can do about it. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return new StorageError('full', { cause: error });
  if (['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError', 'DatabaseClosedError'].includes(name))
    return new StorageError('unavailable', { cause: error });
  return new StorageError('unknown', { cause: error });
}
