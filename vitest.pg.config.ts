// npm run test:pg — the PostgreSQL suite: a real server started once for the run (global-setup),
// the store contract and the multi-instance tests against it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/postgres/**/*.test.ts'],
    globalSetup: ['test/postgres/global-setup.ts'],
    // One file at a time: each starts real servers (PostgreSQL, instances through tsx), and on a
    // shared, busy machine several files starting theirs at once took longer than a start may.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
