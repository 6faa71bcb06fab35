import { overdosePageData } from '$lib/overdose/overdose-page';
import type { PageLoad } from './$types';

// Plain HTML, no app JavaScript: see src/lib/overdose/overdose-page.ts.
export const csr = false;

export const load: PageLoad = ({ params, parent, url }) => overdosePageData(params.lang, parent, url);
