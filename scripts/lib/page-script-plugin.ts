import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { pageScriptNames, type PageScriptName } from '../../src/lib/page-scripts/entries';

/**
 * Builds the page scripts (src/lib/page-scripts/README.md). Pages with no app JavaScript (`/`,
 * Home, the overdose pages, Staying safe: they must paint at once with no signal, and the app's
 * shared chunk alone is ~50 KB) still need a little: the language redirect on `/`, the service
 * worker and the next-appointment card on Home, the repeat-dose timer, the dose log and "Read this
 * out" on overdose pages. This plugin builds each such little as ONE small same-origin file:
 *
 * - its own Vite library build (IIFE, minified) of its entry, src/lib/page-scripts/<name>.ts (the
 *   names are listed in src/lib/page-scripts/entries.ts), so it never shares a chunk with the app
 *   (the app's manualChunks would pull in the ~50 KB core);
 * - emitted into the client output as `_app/immutable/<name>/page.<hash>.js`, where the service
 *   worker's precache glob (client/**\/*.js) and the host's long-cache rule find it;
 * - its URL given to the pages by `import url from 'virtual:<name>-page-script'`.
 *
 * A file rather than an inline script, so the Content-Security-Policy's `script-src 'self'` allows
 * it (issue #7): SvelteKit hashes only the inline scripts it writes itself, never one printed with
 * {@html}.
 * The sources are TypeScript under src/, so svelte-check and Vitest cover them like any module,
 * and they share the app's own modules (each file bundles what it imports).
 */

const entryOf = (name: PageScriptName) => fileURLToPath(new URL(`../../src/lib/page-scripts/${name}.ts`, import.meta.url));
/** `virtual:overdose-page-script` (or its resolved `\0` form) → `overdose`. */
const nameOf = (id: string): PageScriptName | undefined => {
  const name = /^\0?virtual:(.+)-page-script$/.exec(id)?.[1];
  return pageScriptNames.find((n) => n === name);
};

async function compile(name: PageScriptName): Promise<string> {
  const entry = entryOf(name);
  const result = await build({
    configFile: false,
    // The app's own VITE_* settings (.env and the environment), so a page script's Quick exit goes
    // where the app's does (VITE_QUICK_EXIT_URL).
    publicDir: false,
    logLevel: 'warn',
    // The app's modules import each other as $lib/…, as SvelteKit resolves it for the app.
    resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
    build: {
      write: false,
      minify: 'terser',
      // As the app's own build (vite.config.ts): no Safari 10/11 workarounds for an ES2020 file.
      terserOptions: { safari10: false, compress: { passes: 2 } },
      target: 'es2020',
      lib: { entry, formats: ['iife'], name: `onward_${name.replace(/\W/g, '_')}` },
      rollupOptions: { output: { inlineDynamicImports: true } }
    }
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${name} page script: the build produced no script`);
  return chunk.code;
}

function fileNameFor(name: PageScriptName, code: string): string {
  return `_app/immutable/${name}/page.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
}

export function pageScriptsPlugin(): Plugin {
  // Built once per build process: both Kit builds (server, then client) ask for the same files.
  const built = new Map<PageScriptName, Promise<{ code: string; fileName: string }>>();
  const get = (name: PageScriptName): Promise<{ code: string; fileName: string }> => {
    let found = built.get(name);
    if (!found) built.set(name, (found = compile(name).then((code) => ({ code, fileName: fileNameFor(name, code) }))));
    return found;
  };
  let serving = false;

  return {
    name: 'onward-page-scripts',
    configureServer(server) {
      serving = true;
      // `vite dev`: build on every request, so an edit shows on reload.
      server.middlewares.use((req, res, next) => {
        const name = pageScriptNames.find((n) => req.url?.startsWith(`/_app/immutable/${n}/page.`));
        if (!name) return next();
        compile(name).then(
          (code) => {
            res.setHeader('content-type', 'text/javascript');
            res.end(code);
          },
          (error: unknown) => next(error)
        );
      });
    },
    resolveId(id) {
      return !id.startsWith('\0') && nameOf(id) ? `\0${id}` : undefined;
    },
    async load(id) {
      const name = id.startsWith('\0') ? nameOf(id) : undefined;
      if (!name) return undefined;
      const fileName = serving ? `_app/immutable/${name}/page.dev.js` : (await get(name)).fileName;
      return `export default ${JSON.stringify(`/${fileName}`)};`;
    },
    async generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      for (const name of pageScriptNames) {
        const { code, fileName } = await get(name);
        this.emitFile({ type: 'asset', fileName, source: code });
      }
    }
  };
}
