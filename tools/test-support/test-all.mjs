// `npm test`: vitest (unit + end-to-end, Node) then web-test-runner (components, Chromium). Always runs
// both, then prints one plain closing line "tests: N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

rmSync('reports', { recursive: true, force: true });
const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

const vitestRc = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
const wtrRc = run(bin('wtr'), []);

const read = (f) => { try { return JSON.parse(readFileSync(f, 'utf8')); } catch { return null; } };
const v = read('reports/vitest.json');
const w = read('reports/wtr.json');
const passed = (v?.numPassedTests ?? 0) + (w?.passed ?? 0);
const skipped = (v ? v.numPendingTests + v.numTodoTests : 0) + (w?.skipped ?? 0);
// a runner that crashed before writing its report counts as one failure;
// a unit file that fails to import has 0 failed tests but 1 failed suite
const failed = (v ? Math.max(v.numFailedTests, v.numFailedTestSuites) : 1) + (w ? w.failed : 1);

console.log(`\nunit + e2e (vitest): ${v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : 'no report'}; browser (wtr): ${w ? `${w.passed} passed, ${w.failed} failed` : 'no report'}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (passed + failed === 0) console.error('no tests ran');
process.exit(vitestRc || wtrRc || failed || passed === 0 ? 1 : 0);
