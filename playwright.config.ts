import { defineConfig, devices } from '@playwright/test';

const isCI = Boolean(process.env.CI);
// E2E_PORT lets two checkouts run their end-to-end tests at once without sharing one preview server.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  // `*.spec.ts` only, so Playwright never picks up Vitest's `*.test.ts` files (STYLE.md, Names).
  testMatch: '*.spec.ts',
  // A retry on CI tells a flaky test from a broken one; locally a failure should fail at once.
  retries: isCI ? 1 : 0,
  // The machines have two cores: two workers keep one browser per core without starving the
  // preview server.
  workers: 2,
  fullyParallel: true,
  forbidOnly: isCI,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace of every failing test, kept in test-results/, instead of re-running to see why.
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Debian's chromium (scripts/ensure-chromium.mjs installs it): Playwright's own browser
          // download is not reachable from these machines, so `playwright install` is never used.
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            // Containers run as root without user namespaces, where Chromium's sandbox cannot start.
            '--no-sandbox',
            // No GPU on these machines; software rendering avoids GPU-process start-up noise.
            '--disable-gpu',
            // Keep the browser from calling home (updates, sync, field trials): the only requests
            // during a test should be the app's own.
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // The tests run against the production build (`vite build` runs before `playwright test`, see
  // package.json's test:e2e), served by scripts/serve.mjs (as `npm start` serves it, under its
  // Content-Security-Policy): what users get, with the corpus data that vite copies from
  // data/build/ (its publicDir) into dist/.
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://localhost:${port}`,
    // Locally, reuse a preview already running; on CI always start a fresh one.
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
