/**
 * A plain-text table for terminal and CI logs: the first column left-aligned, the rest right-aligned
 * (they are numbers), so figures line up by their last digit.
 */
export function formatTable(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Bytes with thousands separators: 61,252. */
export const bytes = (n: number): string => Math.round(n).toLocaleString('en-US');
