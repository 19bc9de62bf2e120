import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built dist/ served by scripts/serve.ts, in Debian's Chromium
 * (no browser can be downloaded here). CHROMIUM_PATH overrides the binary.
 */
const port = 4321;
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Keep Chromium from calling other hosts: this machine has no network beyond loopback.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // scripts/serve.ts: dist/ with the shipped headers on every response, 404 included.
    command: `npm run --silent serve:test`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
