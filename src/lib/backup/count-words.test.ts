import { describe, expect, it } from 'vitest';
import { translatorFor } from '$lib/i18n/translator';
import { loadBundleMessages, loadMessages } from '$lib/i18n/messages';
import { addMessages } from '$lib/i18n/translator';
import { countWords } from './count-words';

async function t(lang: string) {
  const t = translatorFor(await loadMessages(lang));
  addMessages(await loadBundleMessages('backup', lang));
  return t;
}

describe('countWords', () => {
  it('gives each count its own plural form, in a list joined the language’s way (English the British way)', async () => {
    expect(countWords({ items: 1, appointments: 2, contacts: 0, saved: 1 }, await t('en'), 'en')).toBe(
      '1 checklist item, 2 appointments, 0 contacts and 1 saved service'
    );
    expect(countWords({ items: 1, appointments: 2, contacts: 1, saved: 3 }, await t('fr'), 'fr')).toBe(
      '1 tâche, 2 rendez-vous, 1 contact et 3 services enregistrés'
    );
  });
});
