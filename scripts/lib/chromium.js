import { existsSync } from 'node:fs';

/**
 * Flags for Debian's Chromium on these machines: as root it needs --no-sandbox, and without the
 * background-networking flags it keeps trying to reach Google's hosts through a closed network.
 * The browser's own traffic is turned off, so tests that watch the network see only the app's.
 */
export const chromiumFlags = [
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
export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function hasChromium() {
  return existsSync(chromiumPath());
}
