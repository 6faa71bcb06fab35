/** Where a service's page is. Its own module: the Saved list on More needs only this. */
import { localePath } from '$lib/i18n/paths';

/** The page of a service in a language: `/en/service/<id>/`. */
export function servicePath(lang: string, id: string): string {
  return localePath(lang, `service/${encodeURIComponent(id)}`);
}
