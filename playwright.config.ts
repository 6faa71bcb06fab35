import { defineConfig } from '@playwright/test';
import { ports } from './tests/ports';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium';

const port = ports.main;

export default defineConfig({
  testDir: 'tests',
  // One worker: on these 2-core machines two workers took as long in all (each test ran about
  // twice as slowly) and made the timing checks fail. Every spec with a server of its own has its
  // own port (tests/ports.ts), so ONWARD_WORKERS=2 works where there are more cores.
  workers: Number(process.env.ONWARD_WORKERS) || 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
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
