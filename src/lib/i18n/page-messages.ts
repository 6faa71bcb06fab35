import { loadBundleMessages, type MessageBundle } from './messages';
import { addMessages } from './translator';

/** For the load function of a page that needs page bundles (Find help's results, service pages). */
export async function withMessages(bundles: readonly MessageBundle[], lang: string, parent: () => Promise<unknown>): Promise<void> {
  await parent(); // the layout's translator must exist first
  for (const messages of await Promise.all(bundles.map((b) => loadBundleMessages(b, lang)))) addMessages(messages);
}
