import { describe, expect, it } from 'vitest';
import { firstLoadShares, moduleName } from './module-sizes';

describe('moduleName', () => {
  it('names a package, scoped or not, and a source file by its path in the repository', () => {
    expect(moduleName('/repo/node_modules/i18next/dist/esm/i18next.js')).toBe('i18next');
    expect(moduleName('/repo/node_modules/@sveltejs/kit/src/runtime/client/client.js')).toBe('@sveltejs/kit');
    expect(moduleName('/repo/node_modules/svelte/src/internal/client/render.js?v=1')).toBe('svelte');
    expect(moduleName('/work/x/src/lib/directory/find/FindHelp.svelte')).toBe('src/lib/directory/find/FindHelp.svelte');
    expect(moduleName('\0vite/preload-helper.js')).toBe('vite/preload-helper.js');
    expect(moduleName('/work/main/data/taxonomy.json')).toBe('data/taxonomy.json');
  });
});

describe('firstLoadShares', () => {
  it('shares each chunk\'s bytes among its modules by their own sizes, and adds them up across chunks', () => {
    const chunks = {
      '/a.js': [
        { id: '/r/node_modules/svelte/a.js', gzip: 300 },
        { id: '/r/src/lib/x.ts', gzip: 100 }
      ],
      '/b.js': [{ id: '/r/node_modules/svelte/b.js', gzip: 50 }]
    };
    const shares = firstLoadShares({ '/a.js': 200, '/b.js': 40, '/_app/immutable/messages/abc/en/core.json': 900 }, chunks);
    expect(shares).toEqual([
      { name: 'words: en/core.json', gzip: 900 },
      { name: 'svelte', gzip: 190 },
      { name: 'src/lib/x.ts', gzip: 50 }
    ]);
    expect(shares.reduce((sum, s) => sum + s.gzip, 0)).toBe(200 + 40 + 900);
  });

  it('keeps the biggest and sums the rest', () => {
    const chunks = { '/a.js': ['p', 'q', 'r'].map((n, i) => ({ id: `/r/node_modules/${n}/i.js`, gzip: 10 * (i + 1) })) };
    expect(firstLoadShares({ '/a.js': 60 }, chunks, 1)).toEqual([
      { name: 'r', gzip: 30 },
      { name: '2 more', gzip: 30 }
    ]);
  });
});

describe('a package looked into', () => {
  it('names its files when asked', () => {
    expect(moduleName('/repo/node_modules/svelte/src/internal/client/dom/blocks/each.js', ['svelte'])).toBe('svelte/src/internal/client/dom/blocks/each.js');
    expect(moduleName('/repo/node_modules/i18next/dist/esm/i18next.js', ['svelte'])).toBe('i18next');
  });
});
