/**
 * What Onward keeps about a saved service, and the check every stored row passes on the way
 * out. No Dexie here: the Save button and the Saved list import this at once, and the
 * repository (with Dexie) only when they first touch storage.
 */
import type { SavedServiceRow } from '$lib/db/database';
import type { DirectoryService } from '$lib/directory/model';

export type SavedService = SavedServiceRow;

/** The snapshot the Saved list needs, taken when the person taps Save. */
export function snapshotOf(service: Pick<DirectoryService, 'id' | 'name' | 'categories'>, town: string | undefined, now: Date): SavedService {
  return { id: service.id, name: service.name, ...(town ? { town } : {}), categories: [...service.categories], savedAt: now.getTime() };
}

const shortText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** A stored row another version or a broken write may have left: only a whole, sane one passes. */
export function isSavedService(v: unknown): v is SavedService {
  if (typeof v !== 'object' || v === null) return false;
  const row = v as Record<string, unknown>;
  return (
    shortText(row.id, 200) &&
    shortText(row.name, 300) &&
    (row.town === undefined || shortText(row.town, 300)) &&
    Array.isArray(row.categories) &&
    row.categories.every((c) => shortText(c, 60)) &&
    typeof row.savedAt === 'number' &&
    Number.isFinite(row.savedAt)
  );
}
