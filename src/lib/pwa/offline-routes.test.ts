import { describe, expect, it } from 'vitest';
import { languageOfPath, notFoundPath, packedLanguages, strategyFor, withTrailingSlash, type RequestFacts } from './offline-routes';

const site = 'https://onward.example';
const page = (path: string): RequestFacts => ({ url: new URL(path, site), mode: 'navigate', destination: 'document', sameOrigin: true });
const fetched = (path: string, destination: RequestDestination = ''): RequestFacts => ({ url: new URL(path, site), mode: 'cors', destination, sameOrigin: true });

describe('strategyFor', () => {
  it('sends a page asked for without its trailing slash to its canonical address', () => {
    for (const path of ['/en', '/en/plan', '/en/overdose/now', '/fr/more', '/en/service/abc', '/nowhere']) expect(strategyFor(page(path)), path).toBe('add-slash');
  });

  it('leaves files opened as pages to the network', () => {
    for (const path of ['/robots.txt', '/index.html', '/en/plan/x.pdf']) expect(strategyFor(page(path)), path).toBe('network');
  });

  it('answers service pages in any language from the network, then what was opened, then the app shell', () => {
    for (const path of ['/en/service/abc/', '/fr/service/abc/', '/pt-PT/service/x/']) expect(strategyFor(page(path)), path).toBe('service-page');
  });

  it('answers pages of every language but English from the network, then the pack', () => {
    for (const lang of packedLanguages) expect(strategyFor(page(`/${lang}/plan/`)), lang).toBe('language-page');
    expect(strategyFor(fetched('/fr/find/__data.json'))).toBe('language-page');
  });

  it('shows "not found" for any other page (English pages are all precached)', () => {
    for (const path of ['/en/nowhere/', '/en/plan/x/', '/nowhere/', '/xx/plan/']) expect(strategyFor(page(path)), path).toBe('not-found');
  });

  it('reads a packed language’s words from its pack, and regional directory data cache first', () => {
    expect(strategyFor(fetched('/_app/immutable/messages/abc/pl/core.json'))).toBe('language-words');
    expect(strategyFor(fetched('/directory/shards/k1.abc.json'))).toBe('directory-data');
    expect(strategyFor(fetched('/directory/details/k1.def.json'))).toBe('directory-data');
    expect(strategyFor(fetched('/directory/lookup/abc/0.json'))).toBe('directory-data');
    expect(strategyFor(fetched('/directory/manifest.json'))).toBe('network');
  });

  it('keeps other sites’ images (map tiles) and nothing else from other sites', () => {
    const tile = { ...fetched('https://tile.example/1/2/3.png', 'image'), sameOrigin: false };
    expect(strategyFor(tile)).toBe('map-tile');
    expect(strategyFor({ ...tile, destination: 'script' })).toBe('network');
  });
});

describe('withTrailingSlash', () => {
  it('adds the slash and keeps the query', () => {
    expect(withTrailingSlash(new URL('/en/find?c=housing&near=Leeds', site))).toBe('/en/find/?c=housing&near=Leeds');
    expect(withTrailingSlash(new URL('/en/overdose/now#step', site))).toBe('/en/overdose/now/#step');
  });

  it('leaves canonical addresses and files alone', () => {
    expect(withTrailingSlash(new URL('/en/plan/', site))).toBeUndefined();
    expect(withTrailingSlash(new URL('/', site))).toBeUndefined();
    expect(withTrailingSlash(new URL('/sw.js', site))).toBeUndefined();
  });
});

describe('the "not found" page', () => {
  it('is in the address’s language, English outside any language', () => {
    expect(notFoundPath(languageOfPath('/fr/nulle-part/'))).toBe('/fr/not-found/');
    expect(notFoundPath(languageOfPath('/pt-PT/x/'))).toBe('/pt-PT/not-found/');
    expect(notFoundPath(languageOfPath('/nowhere/'))).toBe('/en/not-found/');
    expect(notFoundPath(languageOfPath('/'))).toBe('/en/not-found/');
  });
});
