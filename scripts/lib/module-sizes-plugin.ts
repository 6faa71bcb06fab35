/**
 * Records which modules make each client chunk and how big each one's code is, for `npm run size`
 * to say where a route's first-load bytes go (scripts/lib/module-sizes.ts). Written to
 * .svelte-kit/module-sizes.json (build scratch, never committed or deployed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';
import type { ChunkModules } from './module-sizes';

export const moduleSizesFile = '.svelte-kit/module-sizes.json';

function minified(code: string): string {
  try {
    return transformSync(code, { minify: true, loader: 'js' }).code;
  } catch {
    return code; // a fragment esbuild cannot read alone: counted as written
  }
}

export function moduleSizesPlugin(): Plugin {
  return {
    name: 'onward-module-sizes',
    apply: 'build',
    generateBundle(options, bundle) {
      // SvelteKit builds the server too: only what browsers download counts.
      if (!/[/\\]output[/\\]client$/.test(options.dir ?? '')) return;
      const chunks: ChunkModules = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        // Each module's code as rendered into the chunk, minified on its own (comments would
        // otherwise swell the well-documented ones): its share of the chunk.
        chunks[`/${output.fileName}`] = Object.entries(output.modules)
          .filter(([, module]) => module.renderedLength > 0)
          .map(([id, module]) => ({ id, gzip: gzipSync(minified(module.code ?? '')).length }));
      }
      mkdirSync('.svelte-kit', { recursive: true });
      writeFileSync(moduleSizesFile, JSON.stringify(chunks));
    }
  };
}
