import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: the built app on a fresh embedded database, driven by the system Chromium.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One server with one embedded database: run the files one after another.
    fileParallelism: false,
    // A loaded 2-core CI machine can lose a race a real user never sees (a re-render landing a
    // frame late); one retry keeps such noise out while a real fault still fails twice.
    retry: 1,
  },
});
