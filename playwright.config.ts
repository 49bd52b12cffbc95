import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.TEST_PORT ?? 4173);
/** The built site to serve; another directory (TEST_DIST) lets a run test a build made elsewhere. */
const dist = process.env.TEST_DIST ?? 'dist';

/** Browser tests run Debian's Chromium (no browser download); CHROMIUM_PATH points elsewhere if needed. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  // Generous: the machine running the suite may be busy; nothing here asserts on timing.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    // Jumps to anchors are instant, as for readers who ask for less motion, rather than a smooth scroll every click waits out.
    reducedMotion: 'reduce',
    // Requests a service worker makes escape page.route, which the race tests hold responses with; tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node tests/support/serve.ts ${dist} ${port} /`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
