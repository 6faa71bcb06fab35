import { loadFindMessages } from './messages';
import { addMessages } from './translator';

/** For the load function of a page that shows Find help's results, services or map. */
export async function withFindMessages(lang: string, parent: () => Promise<unknown>): Promise<void> {
  await parent(); // the layout's translator must exist first
  addMessages(await loadFindMessages(lang));
}
