import { existsSync } from 'node:fs';

/**
 * Flags for Debian's Chromium on these machines: as root it needs --no-sandbox, and without the
 * background-networking flags it keeps trying to reach Google's hosts through a closed network.
 */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/** The Chromium to drive: CHROME_PATH, else Debian's. Never a browser Playwright downloads. */
export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function hasChromium() {
  return existsSync(chromiumPath());
}
