import { defineConfig, devices } from "@playwright/test";
import { E2E_SITE_URL } from "./e2e/support";

// e2e runs against the production build (`next build` first) on its own seeded database, served
// the way users get it: scripts/cached-server.ts (Next behind a response cache).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DB_FILE = process.env.E2E_DB_FILE ?? "data/e2e.db";
// The server is given a public address, as a deployment is: e2e/site-url.spec.ts checks that no page
// or export then names localhost. The seed also loads CORPUS_DIR (../shared/dev-corpus) when present.

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: ".reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "fa-IR",
    timezoneId: "Asia/Tehran",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/tsx scripts/build-geo.ts && node_modules/.bin/tsx scripts/seed.ts && node scripts/build-server.mjs && node .next/cached-server.js`,
    url: `http://127.0.0.1:${PORT}/about`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { NEXT_TELEMETRY_DISABLED: "1", DB_FILE, NODE_ENV: "production", PORT: String(PORT), HOST: "127.0.0.1", SITE_URL: E2E_SITE_URL },
  },
});
