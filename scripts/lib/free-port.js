/**
 * Starts a server on the first free port from `first` up, so a dev server or a test run already
 * listening nearby does not stop a measurement.
 * @template T
 * @param {number} first
 * @param {(port: number) => Promise<T>} start rejects with EADDRINUSE when the port is taken
 * @returns {Promise<T>}
 */
export async function onFreePort(first, start) {
  for (let port = first; port < first + 50; port++) {
    try {
      return await start(port);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`No free port in ${first}–${first + 49}`);
}
