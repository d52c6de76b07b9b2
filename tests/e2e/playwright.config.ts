import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.E2E_PORT ?? 3100);
/** A second app, hosted mode: Supabase Auth, Realtime and Storage, answered by a local fake project. */
const hostedPort = port + 1;
const supabasePort = Number(process.env.E2E_SUPABASE_PORT ?? 54329);
// Each run gets its own data folder, so tests never see a developer's sessions.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'roundtable-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
const signedIn = path.join(root, 'test-results', 'e2e-signed-in.json');
process.env.E2E_SIGNED_IN = signedIn;
/** The token Prometheus would scrape /api/metrics with. */
const metricsToken = (process.env.E2E_METRICS_TOKEN ??= 'e2e-metrics-token-of-enough-length');

export default defineConfig({
  testDir: '.',
  outputDir: path.join(root, 'test-results', 'e2e-artifacts'),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list'], ['json', { outputFile: path.join(root, 'test-results', 'e2e.json') }]],
  // Every test starts signed in as the same person, except where a test opens contexts of its own.
  projects: [
    { name: 'sign-in', testMatch: /sign-in\.setup\.ts/ },
    { name: 'app', dependencies: ['sign-in'], testIgnore: /hosted\.spec\.ts/, use: { storageState: signedIn } },
    { name: 'hosted', testMatch: /hosted\.spec\.ts/, use: { baseURL: `http://localhost:${hostedPort}` } },
  ],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: 'node scripts/start.mjs',
      cwd: root,
      url: `http://localhost:${port}/`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: { PORT: String(port), DATA_DIR: dataDir, OFFLINE_TOKEN_DELAY_MS: '40', ACTIONS_PER_MINUTE: '600', ROUNDTABLE_TEST_HOOKS: '1', METRICS_TOKEN: metricsToken },
      stdout: 'pipe',
    },
    {
      command: 'npx tsx tests/fixtures/fake-supabase/serve.ts',
      cwd: root,
      url: `http://127.0.0.1:${supabasePort}/__fake/state`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { PORT: String(supabasePort) },
    },
    {
      // Started after the first, whose build it reuses.
      command: 'node scripts/start.mjs',
      cwd: root,
      url: `http://localhost:${hostedPort}/`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: {
        PORT: String(hostedPort),
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'roundtable-e2e-hosted-')),
        OFFLINE_TOKEN_DELAY_MS: '40',
        NEXT_PUBLIC_SUPABASE_URL: `http://127.0.0.1:${supabasePort}`,
        NEXT_PUBLIC_SUPABASE_ANON_KEY: 'anon-key',
        SUPABASE_SERVICE_ROLE_KEY: 'service-key',
      },
      stdout: 'pipe',
    },
  ],
});
