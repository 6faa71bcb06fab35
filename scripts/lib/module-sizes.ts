/**
 * Where a route's first-load JavaScript comes from: each chunk's measured gzip bytes shared out
 * among the modules in it, in proportion to each module's own gzip size (gzip over a whole chunk
 * shares words between modules, so a module alone is not its exact cost; the shares add up to
 * the chunk). Modules are named by package (`i18next`, `@sveltejs/kit`) or by file under src/.
 */

/** Per chunk file (`/_app/immutable/chunks/x.js`): its modules, with the gzip size of each one's code. */
export type ChunkModules = Record<string, { id: string; gzip: number }[]>;
export type ModuleShare = { name: string; gzip: number };

/**
 * `node_modules/.pnpm/…/node_modules/@scope/pkg/x.js` → `@scope/pkg` (or `@scope/pkg/x.js` for a
 * package in `filesOf`); `/repo/src/lib/a/b.ts?x` → `src/lib/a/b.ts`.
 */
export function moduleName(id: string, filesOf: string[] = []): string {
  const path = id.replace(/^\0/, '').split('?')[0] ?? id;
  const inPackage = /.*node_modules\/((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(path);
  if (inPackage) return filesOf.includes(inPackage[1] as string) ? `${inPackage[1]}${inPackage[2] ?? ''}` : (inPackage[1] as string);
  const inSource = /(?:^|\/)((?:src|messages|scripts|data|\.svelte-kit)\/.*)$/.exec(path);
  return inSource ? (inSource[1] as string) : path;
}

/**
 * The biggest contributors to a route's first load: `files` are what the route fetched with each
 * one's gzip bytes (files without module records, such as the words' JSON, count as themselves).
 */
export function firstLoadShares(files: Record<string, number>, chunks: ChunkModules, top = 12, filesOf: string[] = []): ModuleShare[] {
  const byName = new Map<string, number>();
  const add = (name: string, gzip: number) => byName.set(name, (byName.get(name) ?? 0) + gzip);
  for (const [file, gzip] of Object.entries(files)) {
    const modules = chunks[file];
    const total = modules?.reduce((sum, m) => sum + m.gzip, 0) ?? 0;
    if (!modules || !total) {
      add(file.replace(/^\/_app\/immutable\/messages\/[^/]+\//, 'words: '), gzip);
      continue;
    }
    for (const module of modules) add(moduleName(module.id, filesOf), (gzip * module.gzip) / total);
  }
  const shares = [...byName].map(([name, gzip]) => ({ name, gzip: Math.round(gzip) })).sort((a, b) => b.gzip - a.gzip);
  if (shares.length <= top) return shares;
  const rest = shares.slice(top).reduce((sum, s) => sum + s.gzip, 0);
  return [...shares.slice(0, top), { name: `${shares.length - top} more`, gzip: rest }];
}
