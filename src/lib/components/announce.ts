/**
 * One place that speaks to screen readers: the two live regions the app frame (AppFrame.svelte)
 * keeps from the first paint, `#announce-polite` and `#announce-assertive`. A live region
 * inserted together with its words is often not read (NVDA and VoiceOver watch regions that
 * already exist), so components call announce() instead of rendering role="status" inside an
 * {#if}. In the core chunk: it is a few lines.
 */

type Kind = 'polite' | 'assertive';
const timers: Partial<Record<Kind, ReturnType<typeof setTimeout>>> = {};
const pending = { polite: new Map<string, string>(), assertive: new Map<string, string>() };

/**
 * Says `message` once. `assertive` interrupts what is being read: for an error after an action.
 * Messages that arrive within a moment are said together, except that a newer one with the same
 * `key` replaces the older (a results count while typing is read once, not per letter).
 */
export function announce(message: string, { assertive = false, key = message }: { assertive?: boolean; key?: string } = {}): void {
  const kind: Kind = assertive ? 'assertive' : 'polite';
  const region = globalThis.document?.getElementById(`announce-${kind}`);
  if (!region) return;
  const queue = pending[kind];
  queue.set(key, message);
  clearTimeout(timers[kind]);
  // Emptied, then filled a moment later: the same words twice in a row are read twice.
  region.textContent = '';
  timers[kind] = setTimeout(() => {
    region.textContent = [...queue.values()].join(' ');
    queue.clear();
  }, 100);
}
