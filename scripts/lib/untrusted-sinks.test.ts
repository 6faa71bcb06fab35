import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSinks, type Sink } from './untrusted-sinks';

/**
 * Every sink in src/ that is not a known-safe builder's result, each reviewed: none of them is
 * fed by directory data or by the address. A new sink fails the test until it is made to go
 * through a safe builder (src/lib/safe-values.ts: safeHref and the builders ending in
 * it; localePath/servicePath for our own pages) or reviewed and added here with its reason.
 */
const reviewed: { file: string; code: string | RegExp; reason: string }[] = [
  { file: 'src/routes/+layout.svelte', code: '{@html manifestLink}', reason: "vite-plugin-pwa's build-time <link rel=manifest>, not data" },
  { file: 'src/routes/+page.svelte', code: '{@html script}', reason: '`/`: a <script src> of our own build-time file URL (the language redirect)' },
  { file: 'src/lib/overdose/OverdosePage.svelte', code: 'src={overdoseScript}', reason: 'PageScript: the build-time URL of our own script file' },
  { file: 'src/routes/[lang=lang]/+page.svelte', code: 'src={homeScript}', reason: 'PageScript: the build-time URL of our own script file' },
  { file: 'src/routes/[lang=lang]/more/staying-safe/+page.svelte', code: 'src={stayingSafeScript}', reason: 'PageScript: the build-time URL of our own script file' },
  { file: 'src/routes/[lang=lang]/+layout.svelte', code: 'location.assign(nav.to.url.href);', reason: "a same-origin URL the router already resolved to one of our own routes (scriptless-routes.ts)" },
  { file: 'src/lib/page-scripts/PageScript.svelte', code: '{@html tag}', reason: 'a <script src> (and data- attributes) of our own build-time file URLs' },
  { file: 'src/lib/privacy/quick-exit/start.ts', code: 'win.location.replace(url);', reason: 'the build-time exit address (VITE_QUICK_EXIT_URL or BBC Weather)' },
  { file: 'src/lib/i18n/pick-language.ts', code: 'win.location.replace(target);', reason: "'/' + a language from the built-in list + a page from a fixed table; ?go= only picks a table key" },
  { file: 'src/lib/page-scripts/scriptless-page.ts', code: 'script.src = planScript;', reason: 'a build-time URL of our own script file' },
  { file: 'src/lib/page-scripts/scriptless-page.ts', code: 'script.src = packScript;', reason: 'a build-time URL of our own script file (the language pack), from the page’s own script tag' },
  { file: 'src/lib/plan/download.ts', code: 'link.href = url;', reason: 'a blob: URL the app itself made for a download' },
  { file: 'src/lib/geo/map/leaflet-map.ts', code: /^const icon = L\.divIcon\(\{ html: (face|document\.createElement\('span'\)),/, reason: 'html is a DOM node whose text is set with textContent, never an HTML string' },
  { file: 'src/lib/components/SkipLink.svelte', code: 'href={target}', reason: "an in-page '#id' passed by our own components" },
  { file: 'src/lib/i18n/LanguageList.svelte', code: 'href={pathname ? switchLanguage(pathname, language.code) : localePath(language.code)}', reason: 'either branch is a safe builder' },
  { file: 'src/lib/directory/home/NeedTiles.svelte', code: 'href={find + tile.query}', reason: 'localePath() + a constant query' },
  { file: 'src/lib/plan/ui/ChecklistItem.svelte', code: 'href={findHref}', reason: 'localePath() + a URLSearchParams query of a built-in category' },
  { file: 'src/lib/overdose/EmergencyStep.svelte', code: /^href=\{href\((choice\.to|step\.back|step\.next\.to)\)\}$/, reason: 'href() is localePath() over the built-in step ids' },
  { file: 'src/lib/overdose/GuideContent.svelte', code: 'href={hrefFor(block.to)}', reason: 'localePath() over built-in guidance targets' },
  { file: 'src/lib/overdose/CallEmergency.svelte', code: 'href={emergencyHref}', reason: 'a constant tel: link (999)' },
  { file: 'src/lib/overdose/CallEmergency.svelte', code: 'href={source.url}', reason: 'a source URL written in src/lib/overdose/sources.ts' },
  { file: 'src/lib/sources/SourceList.svelte', code: 'href={source.url}', reason: 'source URLs written in src/lib/sources/catalogue.ts' },
  { file: 'src/lib/sources/UnreviewedNotice.svelte', code: 'href={english}', reason: 'our own page in English, from switchLanguage or localePath in the caller' },
  { file: 'src/lib/privacy/QuickExit.svelte', code: 'href={quickExitUrl}', reason: 'the build-time exit address (VITE_QUICK_EXIT_URL or BBC Weather)' },
  { file: 'src/lib/geo/map/ServiceMap.svelte', code: 'href={view.credit.attributionUrl}', reason: 'build-time tile settings, checked by readTileConfig (https only)' },
  { file: 'src/lib/directory/service/ServiceHead.svelte', code: 'href={url}', reason: 'new URL(servicePath(…), our origin): always our own origin' },
  { file: 'src/lib/directory/service/ServiceActions.svelte', code: 'href={directions}', reason: 'directionsLink(): ends in safeHref' },
  { file: 'src/lib/directory/service/ServiceContact.svelte', code: 'href={website}', reason: 'webLink(): checkWebUrl, http(s) only (a part of the allow-list)' },
  { file: 'src/lib/directory/service/ServiceContact.svelte', code: 'href={email.href}', reason: 'emailLink(): ends in safeHref' },
  { file: 'src/lib/directory/service/ReportProblem.svelte', code: 'href={report.href}', reason: 'emailLink(): ends in safeHref' }
];

function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    // Tests and their fixtures (hostile payloads as data) never ship.
    .filter((f) => /\.(svelte|ts|js)$/.test(f) && !/\.test\.ts$|(^|[/\\])fixtures([/\\]|\.ts$)/.test(f))
    .map((f) => join(dir, f).replaceAll('\\', '/'))
    .sort();
}

const isReviewed = (sink: Sink, entry: (typeof reviewed)[number]) =>
  entry.file === sink.file && (typeof entry.code === 'string' ? entry.code === sink.code : entry.code.test(sink.code));

describe('untrusted data stays text: every sink in src/', () => {
  const sinks = sourceFiles('src').flatMap((file) => findSinks(file, readFileSync(file, 'utf8')));

  it('is a safe builder’s result or reviewed', () => {
    const unreviewed = sinks.filter((sink) => !reviewed.some((entry) => isReviewed(sink, entry)));
    expect(unreviewed.map((s) => `${s.file}:${s.line} (${s.kind}) ${s.code}`)).toEqual([]);
  });

  it('has no stale reviews (each reviewed sink still exists)', () => {
    const stale = reviewed.filter((entry) => !sinks.some((sink) => isReviewed(sink, entry)));
    expect(stale.map((e) => `${e.file}: ${String(e.code)}`)).toEqual([]);
  });
});

describe('the sink scanner', () => {
  const kinds = (file: string, text: string) => findSinks(file, text).map((s) => `${s.kind} ${s.code}`);

  it('finds every kind of sink', () => {
    const ts = [
      'el.innerHTML = service.name;',
      "el.insertAdjacentHTML('beforeend', x);",
      'document.write(x);',
      'location.href = params.get("next");',
      'window.location = next;',
      'location.assign(next);',
      'window.open(service.url);',
      "a.setAttribute('href', service.url);",
      'img.setAttribute("onerror", code);',
      'a.href = service.url;',
      'marker.bindPopup(service.name);',
      "L.divIcon({ html: '<b>' + name + '</b>' });",
      'new Function(code)();',
      'eval(code);',
      "setTimeout('go()', 10);"
    ].join('\n');
    expect(findSinks('x.ts', ts).map((s) => s.kind)).toEqual([
      ...['html', 'html', 'html'],
      ...['navigation', 'navigation', 'navigation', 'navigation'],
      ...['attribute', 'attribute', 'attribute'],
      ...['leaflet', 'leaflet'],
      ...['code', 'code', 'code']
    ]);
  });

  it('finds links in Svelte markup that no safe builder made', () => {
    const svelte = [
      '<a href={service.url}>x</a>',
      '<a href="{service.url}">x</a>',
      '<a href="/{service.id}">x</a>',
      '<img src={service.logo} alt="" />',
      '<form action={next}></form>',
      '<a href={localePath(lang) + service.url}>x</a>',
      '{@html service.description}'
    ].join('\n');
    expect(kinds('x.svelte', svelte)).toEqual([
      'html {@html service.description}',
      'link href={service.url}',
      'link href="{service.url}"',
      'link href="/{service.id}"',
      'link src={service.logo}',
      'link action={next}',
      'link href={localePath(lang) + service.url}'
    ]);
  });

  it('lets safe builders, literals and fixed schemes through, and ignores comments', () => {
    const svelte = [
      '<a href={servicePath(lang, service.id)}>x</a>',
      '<a href={telHref(phone.number)}>x</a>',
      '<a href="{localePath(lang, \'more\')}#low-data">x</a>',
      '<use href="/icons.svg#{name}" />',
      '<a href="https://www.geonames.org/">GeoNames</a>',
      '<!-- {@html nothing} -->',
      '<script>// el.innerHTML = x\n/* eval(x) */</script>',
      '<script>const location = shard.locations[0];</script>'
    ].join('\n');
    expect(kinds('x.svelte', svelte)).toEqual([]);
  });
});
