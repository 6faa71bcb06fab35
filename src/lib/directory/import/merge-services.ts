/**
 * One record per id. A service_at_location list gives the service once per place: those copies
 * are merged, the first copy's values winning and later copies filling gaps and adding places,
 * phones, hours and codes. Any other reuse of an id is reported (ServiceCollector).
 */
import type { DataIssue, DirectoryService, ServiceLocation } from '../model';
import { formatIssue } from '../model';
import { textOf, uniqueBy, type RawRecord } from './feed-values';
import type { NormalisedService } from './normalise-service';
import { phoneKey } from './normalise-phones';
import { scheduleKey } from './normalise-schedule';

/** `first` with gaps filled from `second`, and its lists joined with `second`'s. */
export function mergeService(first: DirectoryService, second: DirectoryService): DirectoryService {
  const merged: DirectoryService = { ...second, ...definedOf(first) };
  merged.phones = uniqueBy([...first.phones, ...second.phones], phoneKey);
  merged.schedules = uniqueBy([...first.schedules, ...second.schedules], scheduleKey);
  merged.locations = mergeLocations([...first.locations, ...second.locations]);
  merged.categories = uniqueBy([...first.categories, ...second.categories], (c) => c);
  merged.attributes = uniqueBy([...first.attributes, ...second.attributes], (a) => a);
  const languages = uniqueBy([...(first.languages ?? []), ...(second.languages ?? [])], (l) => l.toLowerCase());
  if (languages.length > 0) merged.languages = languages;
  return merged;
}

/** Places with the same id merged into one, in first-seen order. */
export function mergeLocations(places: readonly ServiceLocation[]): ServiceLocation[] {
  const byId = new Map<string, ServiceLocation>();
  for (const place of places) {
    const seen = byId.get(place.id);
    if (!seen) {
      byId.set(place.id, place);
      continue;
    }
    const merged: ServiceLocation = { ...place, ...definedOf(seen) };
    const phones = uniqueBy([...(seen.phones ?? []), ...(place.phones ?? [])], phoneKey);
    const schedules = uniqueBy([...(seen.schedules ?? []), ...(place.schedules ?? [])], scheduleKey);
    const accessibility = uniqueBy([...(seen.accessibility ?? []), ...(place.accessibility ?? [])], (a) => a);
    if (phones.length > 0) merged.phones = phones;
    if (schedules.length > 0) merged.schedules = schedules;
    if (accessibility.length > 0) merged.accessibility = accessibility;
    byId.set(place.id, merged);
  }
  return [...byId.values()];
}

function definedOf<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** One source record and what became of it, for the field report. */
export interface SourceRecord {
  id?: string;
  /** The record as the feed holds it (`sourceView`). */
  raw: RawRecord;
  /** Why a record with no service was not kept; `left-out` is on purpose (inactive, defunct). */
  outcome: 'kept' | 'dropped' | 'left-out';
  reason?: string;
}

/** A service in the output and every source record it was made from. */
export interface KeptService {
  service: DirectoryService;
  raws: RawRecord[];
}

/** Ids that more than one record in the feed used. */
export interface SharedId {
  id: string;
  /** Exact copies of a record already read under this id: nothing new in them. */
  identical: number;
  /** Records with different content under the same id, dropped and counted as lost. */
  different: number;
}

interface Held extends KeptService {
  /** Every distinct record seen under this id, as JSON. */
  seen: Set<string>;
  fromLink: boolean;
}

/**
 * Gathers normalised services and their issues from many records (a file, pages of an API).
 * Records that share an id are never merged silently: exact copies (an API repeating a record
 * across pages) are read once, and a different record under a used id is dropped, both listed in
 * `sharedIds`. Only the copies a service_at_location list makes (one per place, `fromLink`) are
 * merged, as that shape means. Each distinct issue is reported once.
 */
export class ServiceCollector {
  readonly #services = new Map<string, Held>();
  readonly #issues = new Map<string, DataIssue>();
  readonly #skipped: SourceRecord[] = [];
  readonly #shared = new Map<string, SharedId>();

  /** Adds one normalised record; `raw` is its source view, `fromLink` when it came from a service_at_location. */
  add(result: NormalisedService, raw: RawRecord, fromLink = false): void {
    this.addIssues(result.issues);
    const { service } = result;
    if (!service) {
      const id = textOf(raw.id);
      const firstError = result.issues.find((issue) => issue.level === 'error')?.problem;
      this.#skipped.push({
        ...(id !== undefined ? { id } : {}),
        raw,
        outcome: result.leftOut ? 'left-out' : 'dropped',
        reason: result.leftOut ? `status is ${textOf(raw.status)?.toLowerCase()}` : (firstError ?? 'not read')
      });
      return;
    }
    const seen = this.#services.get(service.id);
    const text = JSON.stringify(raw);
    if (!seen) {
      this.#services.set(service.id, { service, raws: [raw], seen: new Set([text]), fromLink });
      return;
    }
    if (fromLink && seen.fromLink) {
      seen.service = mergeService(seen.service, service);
      seen.raws.push(raw);
      return;
    }
    const shared = this.#shared.get(service.id) ?? { id: service.id, identical: 0, different: 0 };
    this.#shared.set(service.id, shared);
    if (seen.seen.has(text)) {
      shared.identical++;
      return;
    }
    seen.seen.add(text);
    shared.different++;
    this.#skipped.push({ id: service.id, raw, outcome: 'dropped', reason: 'same id as an earlier record with different content' });
  }

  addIssues(issues: readonly DataIssue[]): void {
    for (const issue of issues) {
      const key = `${issue.level} ${formatIssue(issue)}`;
      if (!this.#issues.has(key)) this.#issues.set(key, issue);
    }
  }

  get services(): DirectoryService[] {
    return [...this.#services.values()].map((held) => held.service);
  }

  get kept(): KeptService[] {
    return [...this.#services.values()].map(({ service, raws }) => ({ service, raws }));
  }

  get skipped(): SourceRecord[] {
    return [...this.#skipped];
  }

  get sharedIds(): SharedId[] {
    return [...this.#shared.values()];
  }

  /** The issues, with one for each shared id (an error when a different record was dropped). */
  get issues(): DataIssue[] {
    const shared = this.sharedIds.map(
      (s): DataIssue => ({
        level: s.different > 0 ? 'error' : 'warning',
        file: '(feed)',
        id: s.id,
        field: 'id',
        problem: `${1 + s.identical + s.different} records share this id: ${[
          s.identical > 0 ? `${s.identical} exact cop${s.identical === 1 ? 'y' : 'ies'} read once` : '',
          s.different > 0 ? `${s.different} different record${s.different === 1 ? '' : 's'} dropped (give each its own id)` : ''
        ].filter(Boolean).join(', ')}`
      })
    );
    return [...this.#issues.values(), ...shared];
  }

  /** What the field report needs. */
  get ledger(): ImportLedger {
    return { kept: this.kept, skipped: this.skipped, sharedIds: this.sharedIds };
  }
}

/** Every source record of an import and what became of it. */
export interface ImportLedger {
  kept: KeptService[];
  skipped: SourceRecord[];
  sharedIds: SharedId[];
}
