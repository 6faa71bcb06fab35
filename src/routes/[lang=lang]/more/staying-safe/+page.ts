import { withMessages } from '$lib/i18n/page-messages';
import type { PageLoad } from './$types';

// Words to read, like overdose help: plain HTML with no app JavaScript, which opens at once. Quick
// exit's overlay and Shift shortcut come from the page's one small script
// (src/lib/page-scripts/staying-safe.ts).
export const csr = false;

export const load: PageLoad = async ({ params, parent }) => {
  await withMessages(['staying-safe'], params.lang, parent);
  return { scriptless: true };
};
