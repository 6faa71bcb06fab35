/**
 * Reading an Open Referral UK / HSDS API: `GET <base>/services?page=N&per_page=…` page by page,
 * then `GET <base>/services/<id>` for each service the list gave only in summary (HSDS lists
 * "need not contain arrays of child entities", and ORUK 1 lists carry no places or phones).
 *
 * The fetch function is passed in, so this stays IO-free and is tested against a local server.
 * Any failure of a list page stops the import with an {@link ApiError}: a dataset missing a page
 * of services would look complete and is worse than none. A failed detail request keeps the
 * summary record and reports an error.
 */
import type { DataIssue, DirectoryService } from '../model';
import { isRecord, textOf } from './feed-values';
import { listItems, pageInfoOf, readHsdsJson } from './hsds-json';
import { ServiceCollector, type ImportLedger } from './merge-services';

/** The part of `fetch` this uses; the global `fetch` fits. */
export type FetchFn = (
  url: string,
  init?: { headers?: Record<string, string>; signal?: AbortSignal }
) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

export interface ApiOptions {
  perPage?: number;
  /** Hard stop, so a server that never says "last page" cannot keep the import running. */
  maxPages?: number;
  /** Detail requests in flight at once. */
  concurrency?: number;
  timeoutMs?: number;
  /** Called after each list page, for progress output. */
  onPage?: (page: number, services: number) => void;
}

/** The API could not be read: unreachable, not HTTP 200, not JSON, or not a list. */
export class ApiError extends Error {
  override name = 'ApiError';
}

/** Keys holding child lists: a service record with none of them is a list summary. */
const detailKeys = ['service_at_locations', 'locations', 'phones', 'schedules', 'regular_schedules', 'contacts', 'attributes', 'service_taxonomys'];

/** `https://x/api/`, `https://x/api/services` → `https://x/api`. */
export function apiBase(url: string): string {
  return url.trim().replace(/\/+$/, '').replace(/\/services$/, '');
}

/** Imports every service the API lists. Throws {@link ApiError} when a list page cannot be read. */
export async function importFromApi(
  baseUrl: string,
  fetchFn: FetchFn,
  options: ApiOptions = {}
): Promise<{ services: DirectoryService[]; issues: DataIssue[]; ledger: ImportLedger }> {
  const { perPage = 100, maxPages = 10_000, concurrency = 4, timeoutMs = 60_000 } = options;
  const base = apiBase(baseUrl);
  const get = (url: string) => getJson(url, fetchFn, timeoutMs);
  const collector = new ServiceCollector();
  const seen = new Set<string>();

  for (let page = 1; ; page++) {
    if (page > maxPages) throw new ApiError(`stopped after ${maxPages} pages of ${base}/services: the API never said it was on its last page`);
    const url = `${base}/services?page=${page}&per_page=${perPage}`;
    const body = await get(url);
    const items = listItems(body);
    if (!items) throw new ApiError(`${url} did not return a list of services (no "contents" or "content")`);
    if (items.length === 0) break;

    const ids = items.map((item) => (isRecord(item) ? textOf(item.id) : undefined));
    // A server that ignores `page` returns page 1 for ever; everything is then already here.
    if (page > 1 && ids.every((id) => id !== undefined && seen.has(id))) {
      collector.addIssues([
        { level: 'warning', file: url, id: '-', field: '(page)', problem: 'this page repeats earlier services: the API may not support paging; stopped here' }
      ]);
      break;
    }
    ids.forEach((id) => id !== undefined && seen.add(id));

    const records = await inBatches(items, concurrency, async (item) => {
      const id = isRecord(item) ? textOf(item.id) : undefined;
      if (!isRecord(item) || id === undefined || detailKeys.some((key) => Array.isArray(item[key]))) return { item, file: url };
      const detailUrl = `${base}/services/${encodeURIComponent(id)}`;
      try {
        const detail = await get(detailUrl);
        return { item: isRecord(detail) ? detail : item, file: detailUrl };
      } catch (error) {
        collector.addIssues([{ level: 'error', file: detailUrl, id, field: '(record)', problem: `${messageOf(error)}; kept the list's summary` }]);
        return { item, file: url };
      }
    });
    for (const { item, file } of records) readHsdsJson(item, { file }, collector);
    options.onPage?.(page, collector.services.length);

    const info = isRecord(body) ? pageInfoOf(body) : {};
    if (info.last_page === true || (info.total_pages !== undefined && page >= info.total_pages)) break;
  }
  return { services: collector.services, issues: collector.issues, ledger: collector.ledger };
}

async function getJson(url: string, fetchFn: FetchFn, timeoutMs: number): Promise<unknown> {
  let response: Awaited<ReturnType<FetchFn>>;
  let text: string;
  try {
    response = await fetchFn(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (error) {
    throw new ApiError(`could not reach ${url}: ${messageOf(error)}`);
  }
  if (!response.ok) throw new ApiError(`${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  try {
    return JSON.parse(text);
  } catch {
    const start = text.trim().slice(0, 40).replace(/\s+/g, ' ');
    throw new ApiError(`${url} did not return JSON (it starts "${start}")`);
  }
}

/** Maps `items` with at most `size` calls in flight, keeping order. */
async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
