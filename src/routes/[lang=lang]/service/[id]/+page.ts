import { directoryFor } from '$lib/directory/open-directory';
import { withMessages } from '$lib/i18n/page-messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch, parent }) => {
  // The directory's shared words (categories, open now, nations), not Find help's own.
  await withMessages(['directory', 'service'], params.lang, parent);
  // While prerendering, read the files directly: SvelteKit's fetch would inline every file
  // read into the HTML. In the browser, the manifest is precached and shards cached on use.
  const read = import.meta.env.SSR ? (await import('$lib/directory/prerender-reader')).readDirectoryFile : fetch;
  const directory = directoryFor(read);
  try {
    const found = await directory.getService(params.id);
    // Where "Report wrong information" goes: the address of the dataset the service came from.
    const dataset = found ? await directory.datasetOf(params.id) : undefined;
    return { id: params.id, service: found?.service ?? null, partial: found?.partial ?? false, contactEmail: dataset?.contact_email ?? null, failed: false };
  } catch {
    // Offline and this service's part of the directory is not on the phone yet.
    return { id: params.id, service: null, partial: false, contactEmail: null, failed: true };
  }
};
