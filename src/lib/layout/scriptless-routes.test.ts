import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isScriptless, scriptlessRoutes } from './scriptless-routes';

/** Route ids (as SvelteKit names them) of every +page.ts that turns client-side rendering off. */
function csrFalseRoutes(dir = 'src/routes'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...csrFalseRoutes(path));
    else if (entry.name === '+page.ts' && /export const csr = false/.test(readFileSync(path, 'utf8'))) {
      found.push(`/${relative('src/routes', dir).split(sep).join('/')}`.replace(/\/$/, '') || '/');
    }
  }
  return found;
}

describe('scriptless routes', () => {
  it('are exactly the routes with csr = false', () => {
    expect([...scriptlessRoutes].sort()).toEqual(csrFalseRoutes().sort());
  });

  it('are told apart from app routes', () => {
    expect(isScriptless('/[lang=lang]/overdose/[...path]')).toBe(true);
    expect(isScriptless('/[lang=lang]/find')).toBe(false);
    expect(isScriptless(null)).toBe(false);
  });
});
