import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildDir } from './build-settings';

/** Where the site was written, and how the build was run. */
export interface WrittenSite {
  /** The build folder, with every prerendered page in it. */
  dir: string;
  /** The project's root folder. */
  root: string;
  /** Vite's mode ('production' unless told otherwise). */
  mode: string;
}

/**
 * A Vite plugin that works on the finished site: it runs once, after SvelteKit's adapter has
 * written every page to build/ (SvelteKit's closeBundle has no order, so 'post' comes after it;
 * the server build is the one that runs the adapter).
 */
export function afterSiteWritten(name: string, work: (site: WrittenSite) => void): Plugin {
  let ssr = false;
  let mode = 'production';
  let root = process.cwd();
  return {
    name,
    apply: 'build',
    configResolved(config) {
      ssr = !!config.build.ssr;
      mode = config.mode;
      root = config.root;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (ssr) work({ dir: join(root, buildDir), root, mode });
      }
    }
  };
}
