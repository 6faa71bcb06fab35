/**
 * One place that speaks to screen readers: the two live regions LiveRegion.svelte keeps in the
 * app frame from the first paint. A live region inserted together with its words is often not
 * read (NVDA and VoiceOver watch regions that already exist), so components call announce()
 * instead of rendering role="status" inside an {#if}. In the core chunk: it is a few lines.
 */

/** The ids LiveRegion.svelte gives its two regions. */
export const regionIds = { polite: 'announce-polite', assertive: 'announce-assertive' } as const;

type Kind = keyof typeof regionIds;
const timers: Partial<Record<Kind, ReturnType<typeof setTimeout>>> = {};
const pending: Record<Kind, Map<string, string>> = { polite: new Map(), assertive: new Map() };

/**
 * Says `message` once. `assertive` interrupts what is being read: for an error after an action.
 * Messages that arrive within a moment are said together, except that a newer one with the same
 * `key` replaces the older (a results count while typing is read once, not per letter).
 */
export function announce(message: string, { assertive = false, key = message }: { assertive?: boolean; key?: string } = {}): void {
  const kind: Kind = assertive ? 'assertive' : 'polite';
  const region = globalThis.document?.getElementById(regionIds[kind]);
  if (!region) return;
  pending[kind].set(key, message);
  clearTimeout(timers[kind]);
  // Emptied, then filled a moment later: the same words twice in a row are read twice.
  region.textContent = '';
  timers[kind] = setTimeout(() => {
    region.textContent = [...pending[kind].values()].join(' ');
    pending[kind].clear();
  }, 100);
}
