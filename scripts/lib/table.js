/**
 * A plain-text table for terminal and CI logs: the first column left-aligned, the rest right-aligned
 * (they are numbers), so figures line up by their last digit.
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 */
export function formatTable(headers, rows) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Bytes with thousands separators: 61,252. */
export const bytes = (/** @type {number} */ n) => Math.round(n).toLocaleString('en-US');
