import 'i18next';
import type en from '../../../messages/en.json';
import type enFind from '../../../messages/find/en.json';
import type enService from '../../../messages/service/en.json';

// Typed keys: svelte-check fails on a t('key') that en.json does not have.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Page bundles (Find help's, service pages') are added to the same namespace when its pages load (addMessages).
    resources: { translation: typeof en & typeof enFind & typeof enService };
  }
}
