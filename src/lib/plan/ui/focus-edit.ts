import { moveFocus } from '$lib/components/focus';

/** A card's form is gone: focus goes back to that card's Edit button (`data-edit="<id>"`) in `list`. */
export async function focusEditButton(list: HTMLElement | undefined, id: string): Promise<void> {
  await moveFocus(() => list?.querySelector<HTMLButtonElement>(`[data-edit="${CSS.escape(id)}"]`));
}
