/**
 * The message files as the browser fetches them: plain JSON under one folder named by a hash of
 * all their contents, `/_app/immutable/messages/<hash>/<lang>/<bundle>.json` (`core` for
 * messages/<lang>.json). Under `_app/immutable/`, so hosts cache them for a year like the app's
 * code; a change to any word gives a new folder. The app is told the folder by a define
 * (`__MESSAGES_BASE__`, vite.config.ts). Prerendering reads messages/ directly.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface MessageFile {
  lang: string;
  /** `core`, or the bundle's folder name. */
  bundle: string;
  path: string;
}

/** Every message file the app loads: messages/<lang>.json and messages/<bundle>/<lang>.json. */
export function messageFiles(dir = 'messages'): MessageFile[] {
  const files: MessageFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile() && entry.name.endsWith('.json') && entry.name !== 'status.json')
      files.push({ lang: entry.name.slice(0, -5), bundle: 'core', path: join(dir, entry.name) });
    else if (entry.isDirectory() && entry.name !== 'drafts')
      for (const name of readdirSync(join(dir, entry.name)).sort())
        if (name.endsWith('.json')) files.push({ lang: name.slice(0, -5), bundle: entry.name, path: join(dir, entry.name, name) });
  }
  return files;
}

/** The folder the browser fetches messages from, named by a hash of every file's name and words. */
export function messagesBase(files = messageFiles()): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.lang}/${file.bundle}\n`).update(readFileSync(file.path));
  return `/_app/immutable/messages/${hash.digest('hex').slice(0, 12)}`;
}

/** The URL path of one file under `base`. */
export const messageUrl = (base: string, file: Pick<MessageFile, 'lang' | 'bundle'>): string => `${base}/${file.lang}/${file.bundle}.json`;

/** Writes the files into the client build (minified), and serves them in `vite dev`. */
export function messagesAssetsPlugin(base: string): Plugin {
  let ssr = false;
  return {
    name: 'onward-messages-assets',
    configResolved(config) {
      ssr = !!config.build.ssr;
    },
    generateBundle() {
      if (ssr) return;
      for (const file of messageFiles())
        this.emitFile({ type: 'asset', fileName: messageUrl(base, file).slice(1), source: JSON.stringify(JSON.parse(readFileSync(file.path, 'utf8'))) });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = req.url?.startsWith(`${base}/`) ? /^([^/]+)\/([^/]+)\.json$/.exec(req.url.slice(base.length + 1)) : null;
        const file = match && messageFiles().find((f) => f.lang === match[1] && f.bundle === match[2]);
        if (!file || !existsSync(file.path)) return next();
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(file.path));
      });
    }
  };
}
