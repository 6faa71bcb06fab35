import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DirectoryService } from '../model';
import { allPhones, directionsLink, emailLink, smsLink, telLink, webLink } from '../service/contact-links';
import { compileDatasets } from '../shards/compile';
import { datasetOf, refusals } from './fixtures';
import { fuzzSeed, hostileFeed, hostileRecord } from './fixtures/hostile-feed';
import { importHsdsJson } from './hsds-json';

/** The schemes a link may have, read with the URL parser (not with the app's own check). */
const allowed = new Set(['http:', 'https:', 'tel:', 'mailto:', 'sms:', 'geo:']);
const schemeOf = (href: string) => new URL(href).protocol;

/** Every link the service page and result cards would build for a service. */
function linksOf(service: DirectoryService): string[] {
  const phones = allPhones(service);
  return [
    ...phones.flatMap((p) => [telLink(p), smsLink(p)]),
    directionsLink(service),
    webLink(service.url),
    webLink(service.organization?.website),
    emailLink(service.email)?.href,
    emailLink(service.email, { subject: service.name, body: service.description ?? '' })?.href
  ].filter((href): href is string => href !== undefined);
}

describe('fuzz: hostile Open Referral records through the import (seeded; ONWARD_FUZZ_SEED replays a failure)', () => {
  it('10,000 records: never throws, and no stored value or built link has a scheme off the allow-list', () => {
    fc.assert(
      fc.property(hostileRecord, (raw) => {
        const { services } = importHsdsJson(raw, { file: 'fuzz' });
        expect(services).toHaveLength(1);
        const service = services[0] as DirectoryService;
        for (const web of [service.url, service.organization?.website]) {
          if (web === undefined) continue;
          expect(['http:', 'https:']).toContain(schemeOf(web));
          expect(web).toBe(new URL(web).href); // stored as the browser will read it
        }
        for (const phone of allPhones(service)) expect(phone.number).toMatch(/^\(?\+?[0-9][0-9 ()-]*$/);
        if (service.email !== undefined) expect(service.email).not.toMatch(/[\s<>()]/);
        for (const href of linksOf(service)) expect(allowed, href).toContain(schemeOf(href));
      }),
      { seed: fuzzSeed(), numRuns: 10_000 }
    );
    // 10,000 imports: ~2 s alone, more on a busy 2-core machine; the default 5 s is not the point.
  }, 60_000);

  it('a feed of 2,000 hostile records imports whole, passes data:check and compiles into shards', () => {
    const feed = hostileFeed({ seed: fuzzSeed(), count: 2_000, places: [{ latitude: 53.8, longitude: -1.55 }] });
    const { services } = importHsdsJson(feed, { file: 'fuzz' });
    expect(services).toHaveLength(2_000);
    expect(refusals(services)).toEqual([]);
    const { manifest } = compileDatasets([datasetOf(services)]);
    expect(manifest.total).toBe(2_000);
    // ~2 s alone; on a busy 2-core machine it went past the default 5 s.
  }, 30_000);
});
