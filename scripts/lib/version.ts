import { readFileSync } from 'node:fs';

/**
 * The version users see in More › About and that the update test changes.
 * `ONWARD_VERSION` overrides the package version so two builds of the same commit can differ.
 */
export function appVersion(): string {
  if (process.env.ONWARD_VERSION) return process.env.ONWARD_VERSION;
  const pkg: { version: string } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return pkg.version;
}
