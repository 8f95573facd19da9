// `npm run bench [-- --quick]`: size, first render, interaction, scale, memory and
// scoring of Attune beside SurveyJS and LHC-Forms, written to tools/bench/RESULTS.md (between its
// markers; the notes below them are kept), the one home of the results (docs/performance.md links it). Measured, never asserted: nothing here fails on a timing.
//   --quick    a smoke run: few loads of each (about a minute); prints, writes nothing
//   --check-build  also check that the bench's transpile-only build has the bytes of the project's
//   --no-build use the bench build already in .bench/dist
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { buildAll, builtAt, checkSameBytes } from './build.mjs';
import { writePages, mounts, fileOf } from './pages.mjs';
import { serve } from './server.mjs';
import { launch, outside } from './browser.mjs';
import { librarySizes, instrumentShares } from './size.mjs';
import { firstRender, load } from './render.mjs';
import { ITEMS, LIBRARIES, OPTIONS_PER_ITEM } from './cases.mjs';
import { interaction } from './interaction.mjs';
import { scale, churn } from './scale.mjs';
import { domNodes } from './nodes.mjs';
import { scoring } from './scoring.mjs';
import { report } from './report.mjs';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const BENCH = '.bench';
const plan = quick
  ? { runs: 5, warmup: 2, interactionLoads: 2, nodeLoads: 1, scaleLoads: 1, churn: { total: 200, every: 100, warmup: 20 }, scoreSeconds: 0.2 }
  : { runs: 30, warmup: 2, interactionLoads: 10, nodeLoads: 3, scaleLoads: 3, churn: { total: 1000, every: 250, warmup: 50 }, scoreSeconds: 1 };
const t0 = Date.now();
const log = (s) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}`);

if (!args.has('--no-build') || !builtAt(`${BENCH}/dist`)) {
  log('building the library into .bench/dist (the project config, transpile-only)');
  rmSync(`${BENCH}/dist`, { recursive: true, force: true });
  await buildAll(`${BENCH}/dist`);
}
writePages(`${BENCH}/pages`);
if (args.has('--check-build')) log(`bench build vs project build: ${JSON.stringify(await checkSameBytes())}`);

const machine = {
  nproc: Number(execFileSync('nproc').toString().trim()),
  cpu: cpus()[0]?.model?.trim() ?? 'unknown',
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  node: process.version,
  chromium: execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim(),
  date: new Date().toISOString().slice(0, 10),
  commit: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
    } catch {
      return 'unknown';
    }
  })(),
};

log('scoring (Node)');
const scores = await scoring(BENCH, { seconds: plan.scoreSeconds });

const server = await serve(mounts(BENCH));
const browser = await launch();
let results;
try {
  log('size: the files each page requests to show one PCL-5');
  const requested = {};
  for (const lib of LIBRARIES) {
    const from = server.requests.length;
    const s = await load(browser, server.origin, lib, {}, { radios: ITEMS * OPTIONS_PER_ITEM });
    await s.ctx.close();
    // the browser's own favicon request is no file of the library's (it may land before or after the load)
    requested[lib.id] = [...new Set(server.requests.slice(from))].filter((p) => p !== '/favicon.ico');
  }
  const size = librarySizes(BENCH, requested, (p) => fileOf(BENCH, p));
  const shares = instrumentShares(BENCH);
  log(`first render: ${plan.runs} loads per case, interleaved`);
  const render = await firstRender(browser, server.origin, { runs: plan.runs, warmup: plan.warmup, log });
  log(`DOM nodes: ${plan.nodeLoads} loads per case`);
  const nodes = await domNodes(browser, server.origin, { loads: plan.nodeLoads, log });
  log(`interaction: ${plan.interactionLoads} loads per library`);
  const inter = await interaction(browser, server.origin, { loads: plan.interactionLoads, log });
  log(`scale: ${plan.scaleLoads} loads of 1 and 50 per library`);
  const sc = await scale(browser, server.origin, { loads: plan.scaleLoads, log });
  log(`memory: ${plan.churn.total} mounts and removals`);
  const ch = await churn(browser, server.origin, plan.churn);
  results = { machine, quick, plan, size, shares, render, nodes, interaction: inter, scale: sc, churn: ch, scoring: scores, outside: [...outside] };
} finally {
  await browser.close();
  await server.close();
}

// the raw results first: a report that fails leaves them to look at
writeFileSync(`${BENCH}/results.json`, JSON.stringify(results, null, 1));
const tables = report(results);
const file = 'tools/bench/RESULTS.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const replaceBetween = (text, body) => {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return `${START}\n${body}\n${END}\n\n${text}`;
  return `${text.slice(0, a + START.length)}\n${body}\n${text.slice(b)}`;
};
let old = '';
try {
  old = readFileSync(file, 'utf8');
} catch {
  /* no results file yet: write a fresh one */
}
if (quick) {
  console.log(tables);
  log('quick run: tables printed, RESULTS.md left as it was');
} else {
  writeFileSync(file, replaceBetween(old || '# Attune benchmarks\n', tables));
  log(`wrote ${file}`);
}
if (results.outside.length) {
  console.error(`bench: pages tried to reach outside 127.0.0.1 (blocked): ${results.outside.join(', ')}`);
  process.exitCode = 1;
}
log('done');
