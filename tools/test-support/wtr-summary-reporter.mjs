// A small web-test-runner reporter: writes reports/wtr.json with {passed, failed, skipped} for tools/test-support/test-all.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, acc);
  return acc;
}

export function summaryReporter({ file = 'reports/wtr.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        // a file that fails to import has errors but no results: it still counts as a failure
        if (!s.passed && (s.errors?.length ?? 0) > 0 && !(s.testResults?.tests?.length || s.testResults?.suites?.length)) acc.failed++;
      }
      mkdirSync('reports', { recursive: true });
      writeFileSync(file, JSON.stringify(acc));
    },
  };
}
