import { languageCodes } from '$lib/i18n/languages';
import { emergencySteps } from '$lib/overdose/emergency-flow';
import { guideSlugs } from '$lib/overdose/guidance';
import { overdoseContent, overdosePageData } from '$lib/overdose/overdose-page';
import type { EntryGenerator, PageLoad } from './$types';

// Plain HTML, no app JavaScript: see src/lib/overdose/overdose-page.ts.
export const csr = false;

// Each guidance section, and each emergency step on its own page (one step per screen, readable
// with no JavaScript, linked by plain Back and Next links).
export const entries: EntryGenerator = () =>
  languageCodes.flatMap((lang) => [
    ...guideSlugs.map((path) => ({ lang, path })),
    ...emergencySteps.map((s) => ({ lang, path: s.path ? `now/${s.path}` : 'now' }))
  ]);

export const load: PageLoad = async ({ params, parent, url }) => {
  const content = overdoseContent(params.path);
  // Only prerendered (csr = false), so this runs at build time alone: a link to a page that does
  // not exist fails the build. (Not kit's error(): importing it here would split kit's runtime
  // into one more chunk that every other page then loads.)
  if (!content) throw new Error(`No overdose page "${params.path}"`);
  return { ...(await overdosePageData(params.lang, parent, url)), content };
};
