import { defineConfig } from 'vitest/config';
// Pure logic in Node (model, scoring, session) and end-to-end checks of the built bundle
// (tests/e2e drives Debian's Chromium through playwright-core). Elements run in web-test-runner.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
