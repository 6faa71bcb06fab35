import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { chromiumPath, hasChromium } from './chromium.js';

/** Runs a command in the foreground, or exits with its status. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Installs npm dependencies when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' });
}

/**
 * Makes sure a Chromium exists for the browser tests: Debian's package when we are root on
 * Debian, otherwise a message that says exactly what to do. Playwright's own browser download
 * is never used (it cannot reach its servers from these machines).
 */
export function ensureChromium() {
  if (hasChromium()) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.CHROME_PATH) {
    console.log('Installing Debian’s chromium for the browser tests (apt-get)…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      DEBIAN_FRONTEND: 'noninteractive'
    });
    if (hasChromium()) return;
  }
  console.error(
    `\n✗ No Chromium at ${chromiumPath()}.\n` +
      '  On Debian/Ubuntu run:  sudo apt-get install -y chromium\n' +
      '  Or point CHROME_PATH at any Chromium or Chrome, e.g.  CHROME_PATH=/usr/bin/google-chrome npm test\n'
  );
  process.exit(1);
}

export function chromiumVersion() {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown version';
  }
}
