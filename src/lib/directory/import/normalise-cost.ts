/**
 * What a service costs, from HSDS 3.0 / ORUK `cost_options` (`option`, `amount`, `currency`,
 * `amount_description`, and `cadence` in UK council APIs), as the one `fees_description` text
 * Onward shows: "£5.00 per session (Adults); Free (Under 5s)".
 */
import { toNumber } from '../../safe-values';
import { at, clipped, readText, recordsIn, textOf, textMax, uniqueBy, type RawRecord, type Report } from './feed-values';

const symbols: Record<string, string> = { GBP: '£', EUR: '€', USD: '$' };

/** The cost options as one line each, joined; `undefined` when the record has none. */
export function costOf(raw: RawRecord, report: Report): string | undefined {
  const lines = recordsIn(raw.cost_options)
    .map((row, i) => costLine(row, at('cost_options', i), report))
    .filter((line) => line !== undefined);
  const text = uniqueBy(lines, (line) => line).join('; ');
  return clipped(text || undefined, 'cost_options', report, textMax);
}

function costLine(row: RawRecord, path: string, report: Report): string | undefined {
  const amountText = textOf(row.amount);
  const amount = toNumber(amountText?.replace(/^[£$€]/, ''));
  const currency = textOf(row.currency)?.toUpperCase() ?? 'GBP';
  const price =
    amount === undefined
      ? amountText
      : amount === 0
        ? 'Free'
        : `${symbols[currency] ?? `${currency} `}${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;
  const cadence = textOf(row.cadence);
  const words = [readText(row, 'option', path, report), readText(row, 'amount_description', path, report)].filter((w) => w !== undefined);
  const main = [price, cadence && price ? `per ${cadence.replace(/^per\s+/i, '')}` : cadence].filter(Boolean).join(' ');
  if (!main && words.length === 0) return undefined;
  if (!main) return words.join(', ');
  return words.length > 0 ? `${main} (${words.join(', ')})` : main;
}
