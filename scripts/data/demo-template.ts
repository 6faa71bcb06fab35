/**
 * The shape of a kind of fictional demo service. The kinds themselves are in
 * `demo-core-templates.ts` (the four categories every town has) and `demo-extra-templates.ts`
 * (the rest). Every name and organisation starts "Example"; no real organisation is named.
 * `{town}` is replaced by the town's name.
 */
import type { OpeningPattern } from './opening-hours';

export interface ServiceTemplate {
  /** Slug used in ids, URLs and e-mail addresses. */
  key: string;
  /** Middle of the service name: "Example {name} {town}". */
  name: string;
  organisation: string;
  categories: string[];
  attributes: string[];
  /** Opening hours, or null for "phone for times". */
  hours: OpeningPattern | null;
  description: string;
  eligibility?: string;
  application?: string;
  fees?: string;
  minimumAge?: number;
  /** Which drama range the main number comes from: the town's own, a mobile or a freephone one. */
  phone: 'local' | 'mobile' | 'freephone';
  /** Adds a mobile number for texts. */
  textLine?: boolean;
}
