import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, refusals } from './fixtures';
import { ApiError, apiBase, importFromApi } from './oruk-api';

/** A local stand-in for council ORUK APIs, on an ephemeral port: no internet in tests. */
const requests: string[] = [];
let server: Server;
let origin = '';

const page = (n: number) => readFileSync(join(fixturesDir, 'api', `page-${n}.json`), 'utf8');
const summary = (id: string) => ({ id, name: `Example ${id}`, status: 'active' });

function route(path: string, query: URLSearchParams): { status: number; body: string } {
  const n = Number(query.get('page'));
  const json = (value: unknown) => ({ status: 200, body: JSON.stringify(value) });
  switch (true) {
    case path === '/hsds/services':
      return { status: 200, body: page(n) };
    case path.startsWith('/hsds/services/'):
      return { status: 200, body: readFileSync(join(fixturesDir, 'api', `service-${path.split('/').pop()}.json`), 'utf8') };
    // ORUK 1: Spring-style paging, summaries only; details at /services/<id>.
    case path === '/v1/services':
      return json({ totalElements: 3, totalPages: 2, number: n, first: n === 1, last: n === 2, content: n === 1 ? [summary('v1-a'), summary('v1-b')] : [summary('v1-c')] });
    case path.startsWith('/v1/services/'):
      return json({ ...summary(path.split('/').pop() ?? ''), phones: [{ number: '020 7946 0300' }] });
    // A council directory (ORUK v1-style): full records in the list, phones on contacts, GeoJSON places.
    case path === '/council/services':
      return json({
        totalPages: 1,
        number: 1,
        content: [
          {
            id: 7,
            name: 'Example Walking Group',
            contacts: [{ name: 'Leader', phone: '01632 960777' }],
            organisation: { id: 2, name: 'Example CA' },
            locations: [{ id: 3, address_1: 'Church Street', postal_code: 'HP22 4PE', geometry: { type: 'Point', coordinates: [-0.7389, 51.8631] } }],
            taxonomies: [{ id: 275, name: 'Mental health' }]
          }
        ]
      });
    case path === '/error/services':
      return { status: 500, body: 'Internal Server Error' };
    case path === '/html/services':
      return { status: 200, body: '<!doctype html><title>Council</title>' };
    case path === '/not-a-list/services':
      return json({ message: 'hello' });
    case path === '/ignores-paging/services':
      return json({ contents: [{ ...summary('same'), phones: [] }] });
    case path === '/endless/services':
      return json({ contents: [{ ...summary(`item-${n}`), phones: [] }] });
    case path === '/missing-detail/services':
      return json({ last_page: true, contents: [summary('gone')] });
    case path === '/empty-end/services':
      return json({ contents: n === 1 ? [{ ...summary('only'), phones: [] }] : [] });
    default:
      return { status: 404, body: 'Not Found' };
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    const { status, body } = route(url.pathname, url.searchParams);
    res.writeHead(status, { 'content-type': body.startsWith('{') ? 'application/json' : 'text/html' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const since = () => {
  const start = requests.length;
  return () => requests.slice(start);
};

describe('importFromApi', () => {
  it('follows HSDS pages to last_page, fetching the full record of each summary, one service per id', async () => {
    const seen = since();
    const { services, issues } = await importFromApi(`${origin}/hsds/`, fetch, { perPage: 2 });
    expect(services.map((s) => s.id)).toEqual(['api-1', 'api-2', 'api-3', 'api-4', 'api-5']);
    expect(services.find((s) => s.id === 'api-3')).toMatchObject({ phones: [{ number: '020 7946 0103' }], categories: ['work-training'] });
    expect(seen()).toEqual([
      '/hsds/services?page=1&per_page=2',
      '/hsds/services?page=2&per_page=2',
      '/hsds/services/api-3',
      '/hsds/services/api-4',
      '/hsds/services?page=3&per_page=2'
    ]);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(refusals(services)).toEqual([]);
  });

  it('reads a council directory page whole: phones on contacts, GeoJSON places, organisation, terms; the ledger counts the record', async () => {
    const { services, ledger } = await importFromApi(`${origin}/council`, fetch);
    expect(services).toEqual([
      expect.objectContaining({
        id: '7',
        phones: [{ number: '01632 960777' }],
        organization: { id: '2', name: 'Example CA' },
        locations: [{ id: '3', latitude: 51.8631, longitude: -0.7389, address: { address_1: 'Church Street', postal_code: 'HP22 4PE' } }],
        categories: ['mental-health'],
        keywords: ['Mental health']
      })
    ]);
    expect(ledger.kept).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith('/council/services/'))).toEqual([]);
  });

  it('reads ORUK 1 paging (content, totalPages, last) and details', async () => {
    const { services } = await importFromApi(`${origin}/v1/services`, fetch);
    expect(services.map((s) => [s.id, s.phones[0]?.number])).toEqual([
      ['v1-a', '020 7946 0300'],
      ['v1-b', '020 7946 0300'],
      ['v1-c', '020 7946 0300']
    ]);
  });

  it('stops at an empty page', async () => {
    const seen = since();
    expect((await importFromApi(`${origin}/empty-end`, fetch)).services.map((s) => s.id)).toEqual(['only']);
    expect(seen()).toHaveLength(2);
  });

  it('stops, with a warning, when a server ignores `page` and repeats itself', async () => {
    const { services, issues } = await importFromApi(`${origin}/ignores-paging`, fetch);
    expect(services.map((s) => s.id)).toEqual(['same']);
    expect(issues).toContainEqual(expect.objectContaining({ level: 'warning', problem: expect.stringContaining('may not support paging') }));
  });

  it('gives up at the page cap rather than running for ever', async () => {
    await expect(importFromApi(`${origin}/endless`, fetch, { maxPages: 3 })).rejects.toThrow(/stopped after 3 pages/);
  });

  it.each([
    ['error', /answered HTTP 500/],
    ['html', /did not return JSON \(it starts "<!doctype html>/],
    ['not-a-list', /did not return a list of services/],
    ['no-such-api', /answered HTTP 404/]
  ])('/%s: fails with a clear ApiError', async (name, message) => {
    const failure = importFromApi(`${origin}/${name}`, fetch);
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toThrow(message);
  });

  it('fails with a clear ApiError when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    await expect(importFromApi(`http://127.0.0.1:${port}`, fetch)).rejects.toThrow(/could not reach http:\/\/127\.0\.0\.1:\d+\/services\?page=1/);
  });

  it("keeps the list's summary, with an error, when a service's own record cannot be fetched", async () => {
    const { services, issues } = await importFromApi(`${origin}/missing-detail`, fetch);
    expect(services.map((s) => s.id)).toEqual(['gone']);
    expect(issues).toContainEqual(
      expect.objectContaining({ level: 'error', id: 'gone', file: `${origin}/missing-detail/services/gone`, problem: expect.stringContaining('HTTP 404') })
    );
  });
});

describe('apiBase', () => {
  it.each([
    ['https://api.example.org/oruk/', 'https://api.example.org/oruk'],
    ['https://api.example.org/oruk/services', 'https://api.example.org/oruk'],
    ['https://api.example.org', 'https://api.example.org']
  ])('%s → %s', (url, base) => expect(apiBase(url)).toBe(base));
});
