/** Small pieces shared by the demo draft and the synthetic generator. */
import type { Random } from './random';

/** The data's "today" (the day the demo was drafted): assured dates count back from it, so output never depends on the clock. */
const referenceDay = Date.UTC(2026, 10, 22);

/** The ISO date `days` days before the reference day. */
export function daysBefore(days: number): string {
  return new Date(referenceDay - days * 86_400_000).toISOString().slice(0, 10);
}

const streetKinds = ['Street', 'Road', 'Lane', 'Place', 'Way', 'Court', 'Parade', 'Terrace', 'Square', 'Row', 'Hill', 'Gardens', 'Avenue', 'Close', 'Crescent', 'Walk'];

/** A made-up first address line such as "12 Example Street". */
export function exampleStreet(random: Random): string {
  return `${random.int(1, 180)} Example ${random.pick(streetKinds)}`;
}

/** Lower-case words joined by hyphens, for ids, links and e-mail addresses. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
