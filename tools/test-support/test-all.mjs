// `npm test`: the unit tests (vitest, Node), the end-to-end tests (vitest, the built bundles in Chromium),
// then the component tests (web-test-runner, Chromium). Always runs all three, then prints one plain closing
// line "tests: N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

rmSync('reports', { recursive: true, force: true });
const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;
const vitest = (project) => run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=reports/vitest-${project}.json`]);

const unitRc = vitest('unit');
const e2eRc = vitest('e2e');
const wtrRc = run(bin('wtr'), []);

const read = (f) => {
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    return null;
  }
};
// vitest's JSON report and the wtr summary reporter's, in one shape; a runner that crashed before writing
// its report counts as one failure, and so does a test file that failed without a failed test (it did not
// import). (numFailedTestSuites counts describe blocks too, so one failed test inside a describe was 2.)
const fromVitest = (v) =>
  v && {
    passed: v.numPassedTests,
    failed: v.numFailedTests + v.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length,
    skipped: v.numPendingTests + v.numTodoTests,
  };
const runs = [
  ['unit (vitest)', fromVitest(read('reports/vitest-unit.json'))],
  ['e2e (vitest, Chromium)', fromVitest(read('reports/vitest-e2e.json'))],
  ['browser (wtr, Chromium)', read('reports/wtr.json')],
];
const sum = (key) => runs.reduce((n, [, r]) => n + (r ? (r[key] ?? 0) : key === 'failed' ? 1 : 0), 0);
const passed = sum('passed');
const failed = sum('failed');
const skipped = sum('skipped');

console.log(`\n${runs.map(([name, r]) => `${name}: ${r ? `${r.passed} passed, ${r.failed} failed` : 'no report'}`).join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (passed + failed === 0) console.error('no tests ran');
process.exit(unitRc || e2eRc || wtrRc || failed || passed === 0 ? 1 : 0);
