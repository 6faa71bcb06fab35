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

/** The same table in Markdown, aligned the same way, for the generated perf/README.md. */
export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  // A `|` inside a cell would end it; route labels never hold one, but a query string could.
  const line = (row: (string | number)[]) => `| ${row.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = `|${headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** Bytes with thousands separators: 61,252. */
export const bytes = (n: number): string => Math.round(n).toLocaleString('en-US');
