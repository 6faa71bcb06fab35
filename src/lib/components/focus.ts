import { tick } from 'svelte';

/**
 * Moves focus to where the person acts or reads next, once Svelte has drawn the change that
 * shows it: an id, or a function returning the element (read after the update, when bind:this
 * has filled it). A heading or message that cannot take focus gets tabindex="-1", so a script
 * can focus it without adding a Tab stop.
 */
export async function moveFocus(target: string | (() => HTMLElement | null | undefined)): Promise<void> {
  await tick();
  const element = typeof target === 'string' ? document.getElementById(target) : target();
  if (element && element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element?.focus();
}
