import { withMessages } from '$lib/i18n/page-messages';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params, parent }) => withMessages(['more', 'backup'], params.lang, parent);
