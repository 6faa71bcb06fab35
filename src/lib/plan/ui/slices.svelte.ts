/**
 * How many rows of a long list to show: `first` at once, then `step` more per frame until all
 * are shown. The first screen appears at once and no single task blocks a cheap phone for long
 * (500 checklist items and 100 appointments took ~200 ms in one go; tests/plan.spec.ts).
 * Call during component setup (it uses $effect).
 */
export function slices(length: () => number, first: number, step: number, onAll?: () => void): { readonly shown: number } {
  let shown = $state(first);
  $effect(() => {
    if (shown >= length()) {
      if (length()) onAll?.();
      return;
    }
    const frame = requestAnimationFrame(() => setTimeout(() => (shown += step)));
    return () => cancelAnimationFrame(frame);
  });
  return {
    get shown() {
      return shown;
    }
  };
}
