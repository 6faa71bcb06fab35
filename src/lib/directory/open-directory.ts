/**
 * The Directory the pages use: it reads the compiled files under `/directory/` on our own host
 * (the service worker answers from its cache when offline). Load functions pass SvelteKit's
 * `fetch`, so the same code reads the files from disk while pages are prerendered.
 */
import { Directory, DirectoryUnavailableError, type FetchJson } from './directory';
import { directoryRoot } from './directory-address';
import { browserIdle } from '$lib/idle';

/** A FetchJson over a fetch function: a failed or non-OK response becomes DirectoryUnavailableError. */
export function fetchJsonWith(fetchFn: typeof fetch): FetchJson {
  return async (path) => {
    let response: Response;
    try {
      response = await fetchFn(directoryRoot + path);
    } catch {
      throw new DirectoryUnavailableError(`${path} could not be fetched (offline, and not saved on this phone yet)`);
    }
    if (!response.ok) throw new DirectoryUnavailableError(`${path} answered ${response.status}`);
    try {
      return await response.json();
    } catch {
      throw new DirectoryUnavailableError(`${path} is not valid JSON`);
    }
  };
}

let shared: Directory | undefined;

/**
 * The one Directory of this browser tab, so shards loaded on one screen are reused on the next.
 * During prerendering (no window) every call gets its own, over the fetch it is given.
 */
export function directoryFor(fetchFn: typeof fetch): Directory {
  if (typeof window === 'undefined') return new Directory(fetchJsonWith(fetchFn));
  shared ??= new Directory(fetchJsonWith((input, init) => fetch(input, init)), browserIdle());
  return shared;
}
