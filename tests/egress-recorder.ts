import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';

/** One request the browser tried to send to another origin. */
export interface OutsideRequest {
  /** `GET http://host/path…` for plain HTTP, `CONNECT host:443` for HTTPS (the path is encrypted). */
  line: string;
  host: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * A proxy that records and refuses every request to another origin. The browser context is
 * pointed at it, so it sees what the page, its frames AND its service worker send (Playwright's
 * own request events miss the worker's fetches), while localhost, where the app is served, goes
 * direct (the bypass list). `answerHosts` get an empty 200 page instead of an
 * error, for the neutral site Quick exit opens.
 */
export async function startEgressRecorder(port: number, answerHosts: readonly string[] = []) {
  const seen: OutsideRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('latin1')));
    req.on('end', () => {
      const host = safeHost(req.url ?? '') ?? String(req.headers.host ?? '');
      seen.push({ line: `${req.method} ${req.url}`, host, headers: req.headers, body });
      if (answerHosts.includes(host)) {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Weather</title><p>Weather');
      } else res.writeHead(502).end();
    });
  });
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    const host = String(req.url ?? '').replace(/:\d+$/, '');
    seen.push({ line: `CONNECT ${req.url}`, host, headers: req.headers, body: '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    proxy: { server: `http://127.0.0.1:${port}`, bypass: 'localhost,127.0.0.1' },
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
