/**
 * One Find help search on screen: the state from the address, the place it is near, loading the
 * right part of the directory, and the results. Results are derived synchronously from the state,
 * so a keystroke updates them at once (no debounce). No worker: the search itself takes a few
 * milliseconds even at 4x CPU over 10,000 services; drawing the cards is the larger part (issue #4 figures).
 */
import { areaLimits, type Directory } from '../directory';
import type { SearchResults } from '../search';
import { emptyFind, findQueryString, parseFindParams, type FindState, type FindView } from './find-params';

export interface FindPlace {
  /** What the page says the search is near ("Leeds, West Yorkshire"); empty for the phone's position. */
  label: string;
  latitude: number;
  longitude: number;
}

/** Turns a `near=` value (town, postcode district or position) into a place, or says why it cannot. */
export type PlaceResolver = (near: string) => Promise<FindPlace | { problem: string }>;

/** Where to start when the address names no place: the place remembered on this phone, if any. */
export type RememberedPlace = () => Promise<{ query: string; place: FindPlace } | undefined>;

export type FindStatus = 'starting' | 'loading' | 'ready' | 'need-place' | 'unavailable';

/** Up to this many services (the built-in sample), the whole directory is loaded with no place. */
const loadWholeDirectoryUpTo = typeof __WHOLE_DIRECTORY_UP_TO__ === 'number' ? __WHOLE_DIRECTORY_UP_TO__ : 5000;
const pageSize = 10;
/** Steps further out a search takes by itself in a dense place (FindSession.#reachesLeft). */
const autoReaches = 2;
const mapLimit = 500;

export class FindSession {
  #directory: Directory;
  #resolve: PlaceResolver;
  #state = $state<FindState>({ ...emptyFind });
  #ignored = $state<string[]>([]);
  #place = $state.raw<FindPlace | null>(null);
  #placeProblem = $state.raw<{ near: string; problem: string } | null>(null);
  #status = $state<FindStatus>('starting');
  #loaded = $state(0);
  #limit = $state(pageSize);
  #request = 0;

  /** Counts loads of word matching, so results that waited for it are worked out again. */
  #wordsLoaded = $state(0);
  /** The results last shown: kept on screen while word matching loads after a first keystroke. */
  #shown: SearchResults | null = null;

  #results = $derived.by((): SearchResults | null => {
    if ((this.#status !== 'ready' && this.#status !== 'need-place') || this.#loaded === 0) return null;
    const s = this.#state;
    const place = this.#place;
    void this.#wordsLoaded;
    if (!this.#directory.canSearch(s)) {
      this.#loadWords();
      return this.#shown;
    }
    const started = performance.now();
    const results = this.#directory.search(
      {
      text: s.text,
      categories: s.categories,
      attributes: s.attributes,
      openNow: s.openNow,
      near: place ? { latitude: place.latitude, longitude: place.longitude } : undefined,
      // The map shows every match in the area; the list shows a page at a time.
      limit: s.view === 'map' ? mapLimit : this.#limit,
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment for this search, never changed
      now: new Date()
      },
      // The map shows everything loaded; the list only what is sure to be nearest.
      { wholeArea: s.view === 'map' }
    );
    timeSearch(started);
    // A dense place loads only its nearest part at first (Directory.areaLimits). When that holds
    // fewer results than the list wants (the map: none), reach further out.
    const wanted = s.view === 'map' ? 1 : this.#limit;
    if (results.local.length < wanted && place && this.#directory.areaCut) this.#loadFurther();
    this.#shown = results;
    return results;
  });

  constructor(directory: Directory, resolve: PlaceResolver) {
    this.#directory = directory;
    this.#resolve = resolve;
  }

  get state(): FindState {
    return this.#state;
  }
  /** Address parameters that were left out because they were not understood. */
  get ignored(): string[] {
    return this.#ignored;
  }
  get place(): FindPlace | null {
    return this.#place;
  }
  /** A `near=` value that could not be used, and why (see NearProblem in src/lib/geo). */
  get placeProblem(): { near: string; problem: string } | null {
    return this.#placeProblem;
  }
  get status(): FindStatus {
    return this.#status;
  }
  get results(): SearchResults | null {
    return this.#results;
  }
  /** The address query for what is on screen now. */
  get query(): string {
    return findQueryString(this.#state);
  }

  /**
   * Starts from an address (first load, or a pasted link). With no place in it, the place
   * remembered on this phone is used, and written into the address. Returns whether the address
   * asked for the phone's position (`locate=1`, from Near me on Home).
   */
  async start(params: URLSearchParams, remembered?: RememberedPlace): Promise<{ locate: boolean }> {
    warmIntl();
    const { state, ignored, locate } = parseFindParams(params);
    this.#state = state;
    this.#ignored = ignored;
    if (!state.near && !state.at && !locate && remembered) {
      const found = await remembered().catch(() => undefined);
      if (found) {
        this.#state.near = found.query;
        await this.#locate({ place: found.place });
        return { locate };
      }
    }
    await this.#locate(state.near ? { near: state.near } : state.at ? { position: state.at } : {});
    return { locate };
  }

  setText(text: string): void {
    this.#state.text = text;
    this.#limit = pageSize;
  }

  toggleCategory(code: string): void {
    this.#state.categories = toggled(this.#state.categories, code);
    this.#limit = pageSize;
  }

  toggleAttribute(code: string): void {
    this.#state.attributes = toggled(this.#state.attributes, code);
    this.#limit = pageSize;
  }

  setOpenNow(on: boolean): void {
    this.#state.openNow = on;
  }

  setView(view: FindView): void {
    this.#state.view = view;
  }

  clearFilters(): void {
    this.#state.categories = [];
    this.#state.attributes = [];
    this.#state.openNow = false;
  }

  showMore(): void {
    this.#limit += pageSize;
    // At the edge of a cut area, a tap may reach one step further out.
    this.#reachesLeft++;
  }

  /** A town or postcode district the person chose. */
  nearPlace(near: string, place: FindPlace): Promise<void> {
    this.#state.near = near;
    this.#state.at = null;
    return this.#locate({ place });
  }

  /** Tries the directory again (after being offline). */
  retry(): Promise<void> {
    const s = this.#state;
    return this.#locate(this.#place ? { place: this.#place } : s.near ? { near: s.near } : s.at ? { position: s.at } : {});
  }

  /** The step being loaded now, if any: one at a time, and forgotten when the place changes. */
  #reaching: Promise<void> | null = null;
  /**
   * Steps a search may take further out by itself. Few results (a rare kind of help, a word half
   * typed) would otherwise pull in a whole city 80 KB at a time; each Show more allows one more.
   */
  #reachesLeft = autoReaches;
  #loadFurther(): void {
    if (this.#reaching || this.#reachesLeft <= 0) return;
    this.#reachesLeft--;
    const reaching = this.#directory.loadFurther().then(
      (grew) => {
        if (grew && this.#reaching === reaching) this.#loaded++;
      },
      () => {
        // Offline: keep what is within reach. With nothing in it, "Nothing matches" would not be
        // true, so say the services could not be loaded, with Try again.
        if (this.#reaching === reaching && !this.#shown?.local.length) this.#status = 'unavailable';
      }
    );
    void reaching.finally(() => {
      if (this.#reaching === reaching) this.#reaching = null;
    });
    this.#reaching = reaching;
  }

  /** Word matching is a chunk of its own (precached offline); if it cannot load, say so and offer a retry. */
  #loadWords(): void {
    this.#directory.loadTextSearch().then(
      () => this.#wordsLoaded++,
      () => (this.#status = 'unavailable')
    );
  }

  async #locate(from: { near?: string; position?: { latitude: number; longitude: number }; place?: FindPlace }): Promise<void> {
    const request = ++this.#request;
    this.#status = 'loading';
    this.#reaching = null;
    this.#reachesLeft = autoReaches;
    this.#placeProblem = null;
    try {
      let place: FindPlace | null = from.place ?? (from.position ? { label: '', ...from.position } : null);
      if (from.near !== undefined) {
        const resolved = await this.#resolve(from.near);
        if (request !== this.#request) return;
        if ('problem' in resolved) this.#placeProblem = { near: from.near, problem: resolved.problem };
        else place = resolved;
      }
      // A link with words in it loads word matching beside the place and the directory.
      const words = this.#directory.canSearch(this.#state) ? null : this.#directory.loadTextSearch();
      const manifest = await this.#directory.manifest();
      // A small directory (the sample) is loaded whole, place or not: it is all on the phone
      // already. A big one loads the regions around the place, or only the helplines.
      if (manifest.total <= loadWholeDirectoryUpTo) await this.#directory.loadAll();
      else if (place) await this.#directory.loadShardsNear(place.latitude, place.longitude, areaLimits.radiusKm);
      else await this.#directory.loadNational();
      await words;
      if (request !== this.#request) return;
      this.#place = place;
      this.#limit = pageSize;
      this.#status = place || manifest.total <= loadWholeDirectoryUpTo ? 'ready' : 'need-place';
      this.#loaded++;
    } catch {
      if (request === this.#request) this.#status = 'unavailable';
    }
  }
}

/**
 * A User Timing mark of each search (`npm run perf:search` reads it with a PerformanceObserver,
 * as DevTools shows it). Only the latest is kept, so a long session does not pile them up.
 */
function timeSearch(started: number): void {
  try {
    performance.clearMeasures(searchMeasure);
    performance.measure(searchMeasure, { start: started, end: performance.now() });
  } catch {
    // Old browsers without measure options: timing is only for measuring, never needed.
  }
}
export const searchMeasure = 'onward:search';

/**
 * The first Intl object a page makes loads the browser's locale and time zone data: 120–180 ms
 * at 4x CPU. Results need it (hours in UK time, distances, plurals), so make one in a task of its
 * own while the directory downloads, rather than inside the task that draws the first results.
 */
function warmIntl(): void {
  setTimeout(() => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric' }).format(0);
    } catch {
      // Only a head start: the results make their own.
    }
  }, 0);
}

function toggled(list: readonly string[], code: string): string[] {
  return list.includes(code) ? list.filter((c) => c !== code) : [...list, code];
}
