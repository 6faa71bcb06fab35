/**
 * Where a piece of life-critical guidance comes from: the overdose pages and the plan's checklist
 * both show their sources, and when and how they were read, with the same words and rules.
 */
import { intlLocales } from '../i18n/intl-locale';

/** A source for a piece of life-critical guidance, with the month it was read. */
export interface GuidanceSource {
  /**
   * The source's own title as shared/research/content.md gives it (not translated). Where the notes
   * give no title, the organisation and what the page is, in brackets, as the notes describe it.
   */
  name: string;
  /** Absent where the notes name a page but record no address for it: cited, not linked. */
  url?: string;
  /** ISO year-month the source was read. */
  checked: string;
  /**
   * Whether that reading was of the live page. The research read archived copies and says each
   * figure needs checking against the live page before release (content.md header), so the pages
   * say so ("checked … using saved copies") until someone has checked the live page and set this.
   */
  live: boolean;
}

/** When shared/research/content.md was researched: sections A–C in November 2026. */
export const researched = '2026-11';
/** Section D (the second round) in December 2026. */
export const researchedRound2 = '2026-12';

/** A source read from a saved copy in `checked` (year-month). */
export const savedCopySource = (name: string, url?: string, checked = researched): GuidanceSource => ({ name, url, checked, live: false });

/** Whether every source in a list was read on its live page ("Checked <date>.") or not ("… using saved copies"). */
export function allCheckedLive(list: readonly GuidanceSource[]): boolean {
  return list.every((s) => s.live);
}

/** "November 2026" in the page's language. */
export function checkedLabel(source: GuidanceSource, lang: string): string {
  const [year, month] = source.checked.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocales(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1))
  );
}

/**
 * The earliest check among a section's sources: what "Checked <date>" at its end shows, since a
 * section is only as fresh as its stalest source.
 */
export function oldestCheck(list: readonly GuidanceSource[]): GuidanceSource | undefined {
  return [...list].sort((a, b) => a.checked.localeCompare(b.checked))[0];
}
