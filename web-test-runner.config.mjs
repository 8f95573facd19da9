// Component tests in Debian's Chromium (/usr/bin/chromium), headless. Never downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './tools/test-support/wtr-summary-reporter.mjs';
import { chromiumArgs } from './tools/test-support/chromium-args.mjs';
import { testEndpoints } from './tools/test-support/wtr-test-endpoints.mjs';
import { forcedColorsCommand } from './tools/test-support/wtr-forced-colors.mjs';

export default {
  files: 'tests/browser/**/*.test.ts',
  nodeResolve: true,
  // practice endpoints that fail, stall and drop connections, on the test server's own origin
  middleware: [testEndpoints()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), forcedColorsCommand()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's development build runs in tests (extra checks); its banner is noise in the log.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
