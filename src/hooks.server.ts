import type { Handle } from '@sveltejs/kit';
import { defaultLanguage, languageFor } from '$lib/i18n/languages';

/** Writes `<html lang dir>` into each prerendered page, so it is right before any script runs. */
export const handle: Handle = ({ event, resolve }) => {
  const language = languageFor(event.params.lang ?? defaultLanguage);
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', language.code).replace('%dir%', language.dir)
  });
};
