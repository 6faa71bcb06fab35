import { defineConfig } from '@playwright/test';
import { ports } from './tests/ports';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium';

const port = ports.main;

export default defineConfig({
  testDir: 'tests',
  // Two workers: each spec file runs whole on one of them, and every spec with a server of its own
  // has its own port (tests/ports.ts), so files never share state. ONWARD_WORKERS=1 for a quiet run.
  workers: Number(process.env.ONWARD_WORKERS) || 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two workers share two cores: a test may get half a core, so the default waits are twice
  // what one worker needed.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  // Tests run against the production build in build/, served as a plain static host would.
  webServer: {
    command: `npx tsx scripts/serve.ts build ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000
  },
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    // A small, cheap Android phone.
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    serviceWorkers: 'allow',
    launchOptions: { executablePath: chromiumPath(), args: chromiumFlags }
  }
});
