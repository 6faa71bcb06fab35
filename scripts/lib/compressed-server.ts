import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { onFreePort } from './free-port';

const TEXT = /\.(html|js|css|json|svg|webmanifest|txt|xml)$/;

/**
 * Serves a copy of a built site the way a real static host does: compressed. Lighthouse's
 * simulated 1.6 Mbps link charges every byte, and our test server (static-server.ts) sends files
 * raw, which no production host does. The copy gets .br/.gz siblings (what adapter-static's
 * `precompress` writes) and sirv picks one from Accept-Encoding; build/ itself is left untouched.
 * @param firstPort the first port to try; the next free one is used
 */
export async function serveCompressedCopy(dir: string, firstPort: number): Promise<{ url: string; close: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'onward-perf-'));
  cpSync(dir, root, { recursive: true });
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const buf = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(buf, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  const handler = sirv(root, { gzip: true, brotli: true, etag: true });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    })
  );
  let port: number;
  try {
    port = await onFreePort(firstPort, (p) =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(p, '127.0.0.1', () => {
          server.off('error', reject);
          resolve(p);
        });
      })
    );
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        })
      )
  };
}
