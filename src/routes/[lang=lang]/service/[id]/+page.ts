import { directoryFor } from '$lib/directory/browser-directory';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, fetch }) => {
  const directory = directoryFor(fetch);
  try {
    const service = await directory.getService(params.id);
    return { id: params.id, service: service ?? null, failed: false };
  } catch {
    // Offline and this service's part of the directory is not on the phone yet.
    return { id: params.id, service: null, failed: true };
  }
};
