/**
 * Ofcom's telephone numbers reserved for drama: the only numbers demo and synthetic records may
 * carry, so a fictional service can never ring a real person. Each range holds 1,000 numbers;
 * `number(range, n)` formats the n-th (0–999) the way people write it.
 */
export interface DramaRange {
  id: string;
  /** The place the area code belongs to, or what the range is for. */
  place: string;
  /** First and last number of the range, digits only. */
  first: string;
  last: string;
  /** The range's number n (0–999), written with the usual spaces. */
  format: (n: number) => string;
}

const pad3 = (n: number) => String(n).padStart(3, '0');

/** `0161 496 0xxx`-style ranges: 4-digit area code, then 496 0xxx. */
function city(id: string, place: string, areaCode: string): DramaRange {
  const digits = areaCode.replace(/\D/g, '');
  return {
    id,
    place,
    first: `${digits}4960000`,
    last: `${digits}4960999`,
    format: (n) => `${areaCode} 496 0${pad3(n)}`
  };
}

export const dramaRanges: readonly DramaRange[] = [
  { id: 'london', place: 'London', first: '02079460000', last: '02079460999', format: (n) => `020 7946 0${pad3(n)}` },
  city('manchester', 'Manchester', '0161'),
  city('bristol', 'Bristol', '0117'),
  city('leeds', 'Leeds', '0113'),
  city('sheffield', 'Sheffield', '0114'),
  city('nottingham', 'Nottingham', '0115'),
  city('leicester', 'Leicester', '0116'),
  city('reading', 'Reading', '0118'),
  city('birmingham', 'Birmingham', '0121'),
  city('edinburgh', 'Edinburgh', '0131'),
  city('glasgow', 'Glasgow', '0141'),
  city('liverpool', 'Liverpool', '0151'),
  { id: 'belfast', place: 'Belfast', first: '02896496000', last: '02896496999', format: (n) => `028 9649 6${pad3(n)}` },
  { id: 'cardiff', place: 'Cardiff', first: '02920180000', last: '02920180999', format: (n) => `029 2018 0${pad3(n)}` },
  { id: 'no-area', place: 'no geographic area', first: '01632960000', last: '01632960999', format: (n) => `01632 960${pad3(n)}` },
  { id: 'mobile', place: 'mobile', first: '07700900000', last: '07700900999', format: (n) => `07700 900${pad3(n)}` },
  { id: 'freephone', place: 'freephone', first: '08081570000', last: '08081570999', format: (n) => `0808 157 0${pad3(n)}` },
  { id: 'premium', place: 'premium rate', first: '09098790000', last: '09098790999', format: (n) => `0909 879 0${pad3(n)}` }
];

const byId = new Map(dramaRanges.map((range) => [range.id, range]));

export function dramaRange(id: string): DramaRange {
  const range = byId.get(id);
  if (!range) throw new Error(`no drama range "${id}"`);
  return range;
}

/** The range a number falls in, or undefined if it is not a drama number. Accepts +44 forms. */
export function dramaRangeOf(number: string): DramaRange | undefined {
  let digits = number.replace(/\D/g, '');
  if (number.trim().startsWith('+44')) digits = `0${digits.slice(2)}`;
  return dramaRanges.find(
    (range) => digits.length === range.first.length && digits >= range.first && digits <= range.last
  );
}

/**
 * The range a town's local numbers come from: its own city's if Ofcom reserves one there, else
 * the 01632 range that belongs to no area (a London range for a Hertfordshire town would be a
 * wrong area code).
 */
export function localRangeId(town: { id: string; part_of?: string }): string {
  if (town.part_of === 'london') return 'london';
  return byId.has(town.id) && !['no-area', 'mobile', 'freephone', 'premium'].includes(town.id) ? town.id : 'no-area';
}
