import 'i18next';
import type en from '../../../messages/en.json';

// Typed keys: svelte-check fails on a t('key') that en.json does not have.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
