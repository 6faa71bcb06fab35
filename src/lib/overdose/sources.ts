/** A source for a piece of life-critical guidance, with the month it was last checked. */
export interface GuidanceSource {
  name: string;
  url: string;
  /** ISO year-month the source was read, shown to people as "Checked November 2026". */
  checked: string;
}

/** From shared/research/content.md §A9 (Emergency numbers and helplines). */
export const emergencyNumberSource: GuidanceSource = {
  name: 'Faces & Voices of Recovery UK',
  url: 'https://www.facesandvoicesofrecoveryuk.org/emergency-help/',
  checked: '2026-11'
};

/** "November 2026" in the page's language. */
export function checkedLabel(source: GuidanceSource, lang: string): string {
  const [year, month] = source.checked.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1))
  );
}
