import { withMessages } from '$lib/i18n/page-messages';
import { emergencyStep, type EmergencyStep } from './emergency-flow';
import { guideSection, isGuideSlug, type GuideSection } from './guidance';

/**
 * Overdose help is plain HTML with no app JavaScript, like Home (`csr = false` in its pages):
 * it must open at once with no signal on a cheap phone, and the app's shared chunk alone is more
 * than the emergency steps' 40 KiB ceiling (issue #6). What needs JavaScript comes from one small
 * page script, src/lib/page-scripts/overdose.ts (its overdose parts in page-script/), added by
 * OverdosePage.svelte.
 *
 * Two routes only, with no layout of their own: every extra route, layout level or matcher adds
 * to the router code every other page downloads. `/overdose/` is Overdose help; everything under
 * it (`naloxone/`, `now/`, `now/nyxoid/give/` …) is one catch-all route that shows a guidance
 * section or an emergency step.
 */

export type OverdoseContent = { guide: GuideSection } | { step: EmergencyStep };

/** What a rest path under /<lang>/overdose/ shows, or undefined for nothing. */
export function overdoseContent(path: string): OverdoseContent | undefined {
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  if (first === 'now') {
    const step = emergencyStep(rest.join('/'));
    return step && { step };
  }
  return rest.length === 0 && isGuideSlug(first) ? { guide: guideSection(first) } : undefined;
}

/** The page data every overdose page needs: its words, and its own path (for the English link). */
export async function overdosePageData(lang: string, parent: () => Promise<unknown>, url: URL): Promise<{ scriptless: true; pathname: string }> {
  await withMessages(['overdose'], lang, parent);
  // From here rather than `$app/state`: importing that in these pages would split the app's
  // shared chunks differently and cost every other page bytes and requests.
  return { scriptless: true, pathname: url.pathname };
}
