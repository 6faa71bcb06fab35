/**
 * A built site on this machine as a host would serve it: HTTPS with the headers of its _headers
 * file, and plain HTTP answering every request with a redirect to HTTPS (what Netlify and
 * Cloudflare Pages do for every site). The certificate is made here, for localhost only; the
 * process that fetches must trust it from its start (NODE_EXTRA_CA_CERTS), as Node reads extra
 * roots only then.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onFreePort } from '../lib/free-port';
import { startStaticServer } from '../lib/static-server';

export type Certificate = { key: string; cert: string };

/** A fresh self-signed certificate for localhost (OpenSSL, part of every Debian); returns its folder. */
export function makeLocalhostCertificate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'onward-tls-'));
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    { encoding: 'utf8' }
  );
  if (made.error || made.status !== 0) throw new Error(`Could not make a test certificate with openssl (apt-get install -y openssl): ${made.error?.message ?? made.stderr}`);
  return dir;
}

export const certificateIn = (dir: string): Certificate => ({
  key: readFileSync(join(dir, 'key.pem'), 'utf8'),
  cert: readFileSync(join(dir, 'cert.pem'), 'utf8')
});

export type LocalHttpsSite = { httpPort: number; httpsPort: number; close: () => Promise<void> };

export async function startLocalHttpsSite(root: string, tls: Certificate): Promise<LocalHttpsSite> {
  const https = await onFreePort(4443, (port) => startStaticServer({ root, port, host: 'localhost', tls }).then((server) => ({ server, port })));
  const redirect = createServer((req, res) => {
    res.statusCode = 301;
    res.setHeader('Location', `https://localhost:${https.port}${req.url ?? '/'}`);
    res.end();
  });
  const httpPort = await onFreePort(4080, (port) =>
    new Promise<number>((resolve, reject) => {
      redirect.once('error', reject);
      redirect.listen(port, 'localhost', () => resolve(port));
    })
  );
  return {
    httpPort,
    httpsPort: https.port,
    close: async () => {
      redirect.closeAllConnections();
      await new Promise((resolve) => redirect.close(resolve));
      await https.server.close();
    }
  };
}
