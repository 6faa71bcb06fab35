/**
 * The `_headers` file format of Netlify and Cloudflare Pages: a URL pattern on its own line, then
 * indented `Name: value` lines; `#` starts a comment. A pattern may hold one `*` (any characters,
 * `/` too) and `:name` placeholders (one path segment). Every rule whose pattern matches a path
 * applies; a header set by two matching rules gets both values joined with ", " (Cloudflare's
 * documented behaviour, and what a browser does with a repeated header). For a
 * Content-Security-Policy that means TWO policies, both enforced.
 */

export type HeaderRule = { pattern: string; headers: [string, string][] };

/** @param text the whole file */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a URL pattern`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * Whether a rule's pattern matches a URL path (`/en/plan/`). Absolute patterns
 * (`https://host/path`) are matched on their path only.
 */
export function patternMatches(pattern: string, pathname: string): boolean {
  const path = pattern.replace(/^https:\/\/[^/]+/, '');
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host sends for a path: every matching rule, in file order; a name set twice gets
 * its values joined with ", ".
 * @returns keyed by lower-case header name
 */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = out.get(key);
      out.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return out;
}
