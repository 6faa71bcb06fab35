import { compiledServiceIds } from '$lib/directory/service-ids.server';
import { languageCodes } from '$lib/i18n/languages';
import type { EntryGenerator } from './$types';

// One prerendered page per service and language, so a shared link opens (and previews) anywhere.
export const entries: EntryGenerator = () =>
  languageCodes.flatMap((lang) => compiledServiceIds().map((id) => ({ lang, id })));
