/**
 * Starts a server on the first free port from `first` up, so a dev server or a test run already
 * listening nearby does not stop a measurement.
 * @param start rejects with EADDRINUSE when the port is taken
 */
export async function onFreePort<T>(first: number, start: (port: number) => Promise<T>): Promise<T> {
  for (let port = first; port < first + 50; port++) {
    try {
      return await start(port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`No free port in ${first}–${first + 49}`);
}
