import { languageFor } from '$lib/i18n/languages';
import { loadMessages } from '$lib/i18n/messages';
import { translatorFor } from '$lib/i18n/translator';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params }) => {
  const language = languageFor(params.lang);
  const t = translatorFor(await loadMessages(language.code));
  return { language, t };
};
