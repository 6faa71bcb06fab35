import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { run } from './ensure.js';

/**
 * Flags for Debian's Chromium on these machines: as root it needs --no-sandbox, and without the
 * background-networking flags it keeps trying to reach Google's hosts through a closed network.
 * The browser's own traffic is turned off, so tests that watch the network see only the app's.
 */
export const chromiumFlags: string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own calls to Google: form predictions (content-autofill.googleapis.com) for any
  // page with a form, and preconnects to the search engine. The egress audit must see the app's.
  // (One --disable-features only: Chromium reads the last one.)
  '--disable-features=AutofillServerCommunication,PreconnectToSearch'
];

/** The Chromium to drive: CHROME_PATH, else Debian's. Never a browser Playwright downloads. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/**
 * Makes sure a Chromium exists for the browser tests: Debian's package when we are root on
 * Debian, otherwise a message that says exactly what to do. Playwright's own browser download
 * is never used (it cannot reach its servers from these machines).
 */
export function ensureChromium(): void {
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

export function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown version';
  }
}
