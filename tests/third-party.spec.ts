import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteOrigin } from '../scripts/lib/build-settings';
import { headersFor, parseHeadersFile } from '../scripts/lib/headers-file';
import { parsePolicy } from '../scripts/security/content-security-policy';
import { openStreetMapTiles } from '../src/lib/geo/map/tile-config';
import { sources } from '../src/lib/overdose/sources';

// Nothing in the build makes a phone ask another site for anything on its own: no analytics, no
// third-party script, style, font or image. Reads every file in build/ (no browser). Addresses of
// other sites may appear only as links a person taps (directory websites, overdose sources,
// credits, Quick exit), as text nobody fetches (library error messages, XML namespaces), and the
// map tile host this build is configured with, in the map code.

const buildDir = fileURLToPath(new URL('../build', import.meta.url));
const files = readdirSync(buildDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((file) => /\.(html|js|css|json|webmanifest|svg|txt|xml)$/.test(file));
const read = (file: string) => readFileSync(file, 'utf8');
const byType = (ext: string) => files.filter((file) => extname(file) === ext);
const nameOf = (file: string) => file.slice(buildDir.length);
const hostOf = (url: string) => new URL(url.startsWith('//') ? `https:${url}` : url).host;
const absolute = /^(https?:)?\/\//i;

/** The configured tile host(s): what build/_headers allows in img-src besides the site itself. */
const tileHosts = (parsePolicy(headersFor(parseHeadersFile(read(join(buildDir, '_headers'))), '/').get('content-security-policy') ?? '').get('img-src') ?? [])
  .filter((s) => absolute.test(s))
  .map(hostOf);

/** Sites of other people that the app's own code names, and why that never fetches anything. */
const namedInCode: Record<string, string> = {
  'www.bbc.co.uk': 'Quick exit: where its link, or its location.replace(), takes the person (src/lib/privacy/quick-exit/url.ts)',
  [hostOf(openStreetMapTiles.attributionUrl)]: 'the map credit links to the tile licence',
  'leafletjs.com': "Leaflet's own credit link",
  'www.geonames.org': 'the place names credit (src/lib/geo/PlaceCredits.svelte)',
  'creativecommons.org': 'the place names licence link',
  'svelte.dev': "links in Svelte's error messages (text)",
  'bit.ly': "links in Dexie's and Workbox's error messages (text)",
  'tinyurl.com': "a link in Dexie's error messages (text)",
  'www.w3.org': 'XML namespace names (SVG, XLink, XHTML), never fetched'
};
/** Links a person taps, from the data: the overdose guidance sources. */
const sourceHosts = Object.values(sources).flatMap((s) => (s.url ? [hostOf(s.url)] : []));

const trackers =
  /google-analytics|googletagmanager|\bgtag\(|plausible\.io|matomo|\bpiwik\b|cdn\.segment|segment\.(io|com)\b|hotjar|sentry\.io|@sentry\/|Sentry\.init|fonts\.googleapis|fonts\.gstatic|mixpanel|amplitude\.com|facebook\.net|connect\.facebook|doubleclick\.net|clarity\.ms|newrelic|nr-data\.net|datadoghq|bugsnag|posthog|cloudflareinsights|mc\.yandex/i;

test('the scan sees the whole build', () => {
  expect(byType('.html').length).toBeGreaterThan(100);
  expect(byType('.js').length).toBeGreaterThan(10);
  expect(byType('.css').length).toBeGreaterThan(0);
  expect(byType('.json').length).toBeGreaterThan(3);
  expect(tileHosts.length).toBeGreaterThan(0);
});

test('no analytics or tracker anywhere', () => {
  const found = files.flatMap((file) => {
    const match = trackers.exec(read(file));
    return match ? [`${nameOf(file)}: ${match[0]}`] : [];
  });
  expect(found).toEqual([]);
});

test('pages load nothing from another site: every address of another site is a link', () => {
  const problems: string[] = [];
  for (const file of byType('.html')) {
    const html = read(file);
    for (const [tag, name] of html.matchAll(/<([a-z][\w-]*)\b[^>]*>/gi)) {
      for (const [, attr, value] of tag.matchAll(/\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const v = (value ?? '').trim();
        const urls = attr === 'srcset' ? v.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [v];
        for (const url of urls.filter((u) => absolute.test(u))) {
          const own = url.startsWith(siteOrigin);
          const el = name!.toLowerCase();
          const ok =
            (el === 'a' && attr === 'href') || // a person taps it
            (own && el === 'link' && /rel="?(canonical|alternate)/.test(tag)) || // names the page, fetches nothing
            (own && el === 'meta' && /property="og:url"/.test(tag));
          if (!ok) problems.push(`${nameOf(file)}: <${el} ${attr}="${url}">`);
        }
      }
    }
    for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) problems.push(...cssProblems(css!).map((p) => `${nameOf(file)}: ${p}`));
    for (const [, style] of html.matchAll(/\sstyle="([^"]*)"/g)) problems.push(...cssProblems(style!).map((p) => `${nameOf(file)}: ${p}`));
  }
  expect(problems).toEqual([]);
});

/** `@import` and `url()` of another site in CSS: both would be fetched with the page. */
function cssProblems(css: string): string[] {
  const imports = [...css.matchAll(/@import\b[^;]*/g)].map((m) => m[0]);
  const urls = [...css.matchAll(/url\(\s*["']?([^"')]*)/g)].map((m) => m[1] ?? '').filter((u) => absolute.test(u));
  return [...imports, ...urls.map((u) => `url(${u})`)];
}

test('stylesheets, icons and the manifest name no other site', () => {
  const problems = byType('.css').flatMap((file) => cssProblems(read(file)).map((p) => `${nameOf(file)}: ${p}`));
  for (const file of byType('.svg')) {
    // Namespace declarations name the XML vocabulary; nothing is fetched from them.
    const svg = read(file).replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
    const other = [...svg.matchAll(/(https?:)?\/\/[^\s"')]+/g)].map((m) => m[0]);
    problems.push(...other.map((url) => `${nameOf(file)}: ${url}`));
  }
  const manifest = read(join(buildDir, 'manifest.webmanifest'));
  problems.push(...[...manifest.matchAll(/"(https?:)?\/\/[^"]*"/g)].map((m) => `manifest.webmanifest: ${m[0]}`));
  expect(problems).toEqual([]);
});

test('scripts fetch, import and connect to nothing of another site, and name only known sites', () => {
  const scripts = byType('.js').map((file) => ({ file, code: read(file) }));
  // A request to another site written out in code: fetch(), import(), importScripts(), sockets, beacons.
  const calls = scripts.flatMap(({ file, code }) =>
    [...code.matchAll(/\b(fetch|import|importScripts|WebSocket|EventSource|sendBeacon|open)\s*\(\s*(?:[\w.]+\s*,\s*)?["'`](https?:)?\/\/[^"'`]*/g)].map((m) => `${nameOf(file)}: ${m[0]}`)
  );
  expect(calls).toEqual([]);

  const known = new Set([...tileHosts, ...Object.keys(namedInCode), ...sourceHosts]);
  const named = new Map<string, string>();
  for (const { file, code } of scripts)
    for (const [url] of code.matchAll(/https?:\/\/[a-z0-9.-]+\.[a-z]{2,}/gi)) if (!named.has(hostOf(url))) named.set(hostOf(url), nameOf(file));
  const unknown = [...named].filter(([host]) => !known.has(host)).map(([host, file]) => `${host} (in ${file})`);
  expect(unknown, 'add a site to namedInCode only with the reason it is never fetched').toEqual([]);
  // The one site the map code asks for pictures: the configured tile host, in the map's chunk.
  expect(tileHosts.every((host) => named.has(host))).toBe(true);
});
