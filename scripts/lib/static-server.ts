import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file';

/**
 * The rules of the site's `_headers` file, as Netlify or Cloudflare Pages would apply them, so
 * every browser test runs under the real Content-Security-Policy and security headers.
 */
function headerRulesOf(dir: string): HeaderRule[] {
  const file = join(dir, '_headers');
  if (existsSync(file)) return parseHeadersFile(readFileSync(file, 'utf8'));
  console.warn(`${file} is missing: serving without the site's security headers.`);
  return [];
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found');
}

/**
 * The file a request path names inside `dir`, if there is one (never outside `dir`).
 */
function fileAt(dir: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const root = resolve(dir);
  const file = resolve(root, `.${decoded}`);
  if (!file.startsWith(root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `404.html` nearest up the path (`/fr/a/b` → `fr/a/404.html`, `fr/404.html`, `404.html`), as
 * Cloudflare Pages picks it; the build writes one per language and one at the top
 * (scripts/lib/not-found-pages-plugin.ts).
 */
function notFoundPageFor(dir: string, pathname: string): string | undefined {
  const folders = pathname.split('/').slice(1, -1);
  for (let n = folders.length; n >= 0; n--) {
    const page = fileAt(dir, `/${[...folders.slice(0, n), '404.html'].join('/')}`);
    if (page) return page;
  }
  return undefined;
}

export type StaticServerOptions = {
  root: string;
  port: number;
  host?: string;
  onRequest?: (req: IncomingMessage) => void;
  /** Serve over HTTPS with this key and certificate (PEM), as the HTTP Observatory scan needs. */
  tls?: { key: string; cert: string };
};
export type StaticServer = { url: string; setRoot: (dir: string) => void; close: () => Promise<void> };

/**
 * Serves a built site as any static host would: `/en/plan/` → `en/plan/index.html`, no rewrites,
 * with the headers of its `_headers` file (which, as on those hosts, is not served itself).
 * The root can be swapped while running, so a test can "deploy" a new build at the same origin.
 * `onRequest` sees every request as it arrives (the egress audit reads what reached our own host).
 */
export async function startStaticServer({ root, port, host = '127.0.0.1', onRequest, tls }: StaticServerOptions): Promise<StaticServer> {
  const handlerFor = (dir: string) => {
    const rules = headerRulesOf(dir);
    const files = sirv(dir, {
      dev: true, // re-read files on every request, so a swapped build is served at once
      etag: true,
      setHeaders(res, pathname) {
        // The service worker must never be cached by HTTP, or updates would not be seen.
        if (pathname === '/sw.js' || pathname.endsWith('.html') || pathname === '/manifest.webmanifest')
          res.setHeader('Cache-Control', 'no-cache');
      }
    });
    return (req: IncomingMessage, res: ServerResponse) => {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (pathname === '/_headers') return notFound(res);
      // Set first: sirv keeps a header already on the response (its own Cache-Control included).
      for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
      // A page asked for without its trailing slash is redirected to its address, as Netlify,
      // Cloudflare Pages and nginx (`try_files $uri $uri/`) do (sirv alone would serve the page
      // at the wrong address).
      if (!pathname.endsWith('/') && !fileAt(dir, pathname) && fileAt(dir, `${pathname}/index.html`)) {
        res.statusCode = 301;
        res.setHeader('Location', `${pathname}/${new URL(req.url ?? '/', 'http://localhost').search}`);
        return res.end();
      }
      files(req, res, () => {
        const page = notFoundPageFor(dir, pathname);
        if (!page) return notFound(res);
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(page));
      });
    };
  };
  let handler = handlerFor(root);
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    onRequest?.(req);
    handler(req, res);
  };
  const server = tls ? createTlsServer(tls, serve) : createServer(serve);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    url: `${tls ? 'https' : 'http'}://localhost:${port}`,
    /** Serve another build from now on. */
    setRoot(dir: string) {
      handler = handlerFor(dir);
    },
    /**
     * Stops at once, dropping open connections too (server.close() alone waits for requests in
     * flight, which held an offline test for a minute on CI): like a network that goes away.
     */
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}
