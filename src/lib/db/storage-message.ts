/** The sentence for each storage problem (translation keys, literal for the messages check). */
import type { StorageProblem } from './storage-error';

export const storageProblemKeys = {
  unavailable: 'saved.error.unavailable',
  full: 'saved.error.full',
  unknown: 'saved.error.unknown',
  locked: 'saved.error.locked'
} as const satisfies Record<StorageProblem, string>;

/** The problem of a failure from a repository: anything that is not a StorageError is "unknown". */
export function problemOf(error: unknown): StorageProblem {
  const problem = (error as { problem?: unknown } | null)?.problem;
  return problem === 'unavailable' || problem === 'full' || problem === 'locked' ? problem : 'unknown';
}
