import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Serves a built site as any static host would: `/en/plan/` → `en/plan/index.html`, no rewrites.
 * The root can be swapped while running, so a test can "deploy" a new build at the same origin.
 * @param {{ root: string, port: number, host?: string }} options
 */
export async function startStaticServer({ root, port, host = '127.0.0.1' }) {
  const handlerFor = (/** @type {string} */ dir) =>
    sirv(dir, {
      dev: true, // re-read files on every request, so a swapped build is served at once
      etag: true,
      setHeaders(res, pathname) {
        // The service worker must never be cached by HTTP, or updates would not be seen.
        if (pathname === '/sw.js' || pathname.endsWith('.html') || pathname === '/manifest.webmanifest')
          res.setHeader('Cache-Control', 'no-cache');
      }
    });
  let handler = handlerFor(root);
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    })
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  return {
    url: `http://localhost:${port}`,
    /** Serve another build from now on. */
    setRoot(/** @type {string} */ dir) {
      handler = handlerFor(dir);
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined)))
  };
}
