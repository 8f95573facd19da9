import { defineConfig } from 'vitest/config';
// Two projects, run apart by `npm run test:unit` and `npm run test:e2e` (`npm test` runs both, then wtr):
//   unit  pure logic in Node (model, scoring, session, export, build tools), tests/unit
//   e2e   the built bundles and the packed package in Debian's Chromium through playwright-core, tests/e2e
// Elements run in web-test-runner (tests/browser), not here.
const project = (name, include) => ({ test: { name, include, environment: 'node', testTimeout: 30000 } });
export default defineConfig({
  test: {
    projects: [project('unit', ['tests/unit/**/*.test.ts']), project('e2e', ['tests/e2e/**/*.test.ts'])],
  },
});
