import { browser } from '$app/environment';
import { directoryFor } from '$lib/directory/browser-directory';
import type { PageLoad } from './$types';

/**
 * While prerendering, SvelteKit copies every response a load reads into the page, for hydration
 * to reuse: the manifest, lookup and a whole region shard, ~170 KB in each service page. The
 * browser's Directory fetches (and caches) those files itself, so the prerender reads a copy,
 * which SvelteKit does not record.
 */
const unrecorded = (fetchFn: typeof fetch): typeof fetch => async (input, init) => (await fetchFn(input, init)).clone();

export const load: PageLoad = async ({ params, fetch }) => {
  const directory = directoryFor(browser ? fetch : unrecorded(fetch));
  try {
    const service = await directory.getService(params.id);
    // Where "Report wrong information" goes: the address of the dataset the service came from.
    const dataset = service ? await directory.datasetOf(params.id) : undefined;
    return { id: params.id, service: service ?? null, contactEmail: dataset?.contact_email ?? null, failed: false };
  } catch {
    // Offline and this service's part of the directory is not on the phone yet.
    return { id: params.id, service: null, contactEmail: null, failed: true };
  }
};
