/**
 * One record per id. A feed can list the same service more than once (a service_at_location list
 * gives the service once per place; an API can repeat a record across pages): the copies are
 * merged, the first copy's values winning and later copies filling gaps and adding places,
 * phones, hours and codes.
 */
import type { DataIssue, DirectoryService, ServiceLocation } from '../model';
import { formatIssue } from '../model';
import { uniqueBy } from './feed-values';
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

/**
 * Gathers normalised services and their issues from many records (a file, pages of an API),
 * merging services that share an id and reporting each distinct issue once (a service repeated
 * in a list would otherwise repeat its problems).
 */
export class ServiceCollector {
  readonly #services = new Map<string, DirectoryService>();
  readonly #issues = new Map<string, DataIssue>();

  add(result: { service?: DirectoryService; issues: readonly DataIssue[] }): void {
    this.addIssues(result.issues);
    const { service } = result;
    if (!service) return;
    const seen = this.#services.get(service.id);
    this.#services.set(service.id, seen ? mergeService(seen, service) : service);
  }

  addIssues(issues: readonly DataIssue[]): void {
    for (const issue of issues) {
      const key = `${issue.level} ${formatIssue(issue)}`;
      if (!this.#issues.has(key)) this.#issues.set(key, issue);
    }
  }

  get services(): DirectoryService[] {
    return [...this.#services.values()];
  }

  get issues(): DataIssue[] {
    return [...this.#issues.values()];
  }
}
