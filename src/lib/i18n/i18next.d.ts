import 'i18next';
import type en from '../../../messages/en.json';
import type enDirectory from '../../../messages/directory/en.json';
import type enFind from '../../../messages/find/en.json';
import type enMap from '../../../messages/map/en.json';
import type enService from '../../../messages/service/en.json';
import type enHome from '../../../messages/home/en.json';
import type enMore from '../../../messages/more/en.json';
import type enOverdose from '../../../messages/overdose/en.json';
import type enPlan from '../../../messages/plan/en.json';
import type enBackup from '../../../messages/backup/en.json';
import type enLock from '../../../messages/lock/en.json';
import type enStayingSafe from '../../../messages/staying-safe/en.json';
import type enNotFound from '../../../messages/not-found/en.json';

// Typed keys: svelte-check fails on a t('key') that en.json does not have.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Page bundles (Home's, More's, the directory's shared words, Find help's, Find help's map's, service pages', overdose help's, My plan's, backup's, the lock's, Staying safe's, "not found"'s) are added to the same namespace when its pages load (addMessages).
    resources: { translation: typeof en & typeof enHome & typeof enMore & typeof enDirectory & typeof enFind & typeof enMap & typeof enService & typeof enOverdose & typeof enPlan & typeof enBackup & typeof enLock & typeof enStayingSafe & typeof enNotFound };
  }
}
