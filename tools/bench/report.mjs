// Markdown tables of a bench run.
import { kb, mb, ms, stats } from './stats.mjs';

const spread = (s) => `${ms(s.median)} (${ms(s.p10)}–${ms(s.p90)})`;
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : 'n/a');

export function report(r) {
  const m = r.machine;
  const out = [];
  out.push(
    `Run ${m.date} at commit \`${m.commit}\`${r.quick ? ' (**--quick**: too few samples to quote)' : ''} on ${m.nproc} cores (\`nproc\`), ${m.cpu}, ${m.memory} RAM; Node ${m.node}; ${m.chromium} (headless, Debian). Reproduce: \`npm ci && npm run bench\`.`,
  );
  out.push('');
  out.push(
    `Method: the bench builds the library from source into \`.bench/dist\` (the project's rollup config), serves it, the bench pages (tools/bench/pages, the same PCL-5 wording for every case; the static floor is written by tools/bench/pages.mjs) and the other libraries' published files from its own server on 127.0.0.1 (\`no-store\`; the browser resolves no other host, and any request elsewhere is reported; nothing intercepts the page's own requests), and drives Debian's Chromium headless through playwright-core, one fresh context per load. First render: ${r.plan.runs} loads per case after ${r.plan.warmup} warm-up rounds; DOM nodes: ${r.plan.nodeLoads} loads per case; interaction: ${r.plan.interactionLoads} loads per library; scale: ${r.plan.scaleLoads}; memory: ${r.plan.churn.total} mounts. Every timing is taken in the page (\`performance.now()\` from navigation start, a MutationObserver on the document and each shadow root, then requestAnimationFrame and a message for the painted frame). To reproduce on your machine: \`npm ci && npm run bench\` (about 5 minutes on 2 cores; \`npm run bench -- --quick\` for a smoke run that prints and writes nothing); \`CHROME_PATH\` picks another Chromium. Compare ratios within one run: absolute times move with the machine and its load.`,
  );
  out.push('');

  const libs = r.size.libraries;
  const a = libs.attune.total.gzip;
  out.push('## Size: what a page loads to show one PCL-5');
  out.push('');
  out.push(
    "gzip -9 bytes of every file the page requested while showing the questionnaire (from the bench server's log), plus the definition JSON the other libraries need in the page.",
  );
  out.push('');
  out.push('| library | files | minified | gzip | × Attune |');
  out.push('|---|---|--:|--:|--:|');
  for (const s of Object.values(libs))
    out.push(`| ${s.name} | ${s.parts.map((p) => `${p[0]} ${kb(p[1].gzip)}`).join(' + ')} | ${kb(s.total.min)} | **${kb(s.total.gzip)}** | ${ratio(s.total.gzip, a)} |`);
  out.push('');
  out.push('| Attune entry | minified | gzip |');
  out.push('|---|--:|--:|');
  for (const [name, s] of r.size.entries) out.push(`| ${name} | ${kb(s.min)} | ${kb(s.gzip)} (${s.gzip} B) |`);
  if (r.shares) {
    out.push('');
    out.push(
      'Each built-in instrument is a module of its own (`dist/instruments/<id>.js`, with any chunk it imports), loaded only by a page that uses it: its minified and gzip size is exactly what it adds to such a page.',
    );
    out.push('');
    out.push('| instrument | minified | gzip |');
    out.push('|---|--:|--:|');
    for (const s of r.shares) out.push(`| ${s.id} | ${s.min} B | ${s.gzip} B |`);
    out.push(`| all ${r.shares.length} (separately) | ${r.shares.reduce((x, s) => x + s.min, 0)} B | ${r.shares.reduce((x, s) => x + s.gzip, 0)} B |`);
  }
  out.push('');

  out.push(...renderSections(r));

  out.push('## Interaction (ms, median (p10–p90))');
  out.push('');
  out.push(
    'A real mouse click (CDP input) on "Moderately" for questions 1–5 in page mode: click event to the next painted frame. Paged mode: click on "Next" to the next question painted.',
  );
  out.push('');
  out.push('| library | click → paint | samples | Next → next question | samples |');
  out.push('|---|--:|--:|--:|--:|');
  for (const x of r.interaction) out.push(`| ${x.lib.name} | ${spread(x.click)} | ${x.click.n} | ${x.next ? spread(x.next) : 'no paged mode'} | ${x.next?.n ?? ''} |`);
  out.push('');

  out.push('## Scale: 1 and 50 PCL-5s on one page (median of loads)');
  out.push('');
  out.push(
    'Rendered = all 50 × 100 radios in the DOM, then a paint. Heap: V8 used heap after three forced GCs (CDP `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`); nodes: CDP `Performance.getMetrics`.',
  );
  out.push('');
  out.push('| library | questionnaires | rendered (ms) | JS heap | DOM nodes | loads |');
  out.push('|---|--:|--:|--:|--:|--:|');
  for (const x of r.scale) out.push(`| ${x.lib.name} | ${x.count} | ${ms(x.paint.median)} | ${mb(x.heap.median)} | ${Math.round(x.nodes.median)} | ${x.heap.n} |`);
  out.push('');

  const p = r.churn.points;
  const growth = p[p.length - 1].heap - p[0].heap;
  out.push(`## Memory: one screener mounted, shown and removed ${p[p.length - 1].mounts} times`);
  out.push('');
  out.push(
    `Used heap after GC at each checkpoint (after ${r.plan.churn.warmup} warm-up mounts): ${p.map((x) => `${x.mounts}: ${mb(x.heap)}`).join(', ')}. Change over the run: ${growth >= 0 ? '+' : ''}${kb(growth)} (${((growth / p[0].heap) * 100).toFixed(1)}%); DOM nodes ${p[0].nodes} → ${p[p.length - 1].nodes}. ${ms(r.churn.perMount)} ms per mount, render and removal.`,
  );
  out.push('');

  out.push('## Scoring in Node (results per second, one core)');
  out.push('');
  out.push(
    '`score(id, answers)` from `attune-screeners/core` (validates the answers, then scores), on 256 varied complete answer sets; beside it `scoreDefinition` (no validation: what the widget calls).',
  );
  out.push('');
  out.push('| instrument | items | `score()` / s | `scoreDefinition()` / s |');
  out.push('|---|--:|--:|--:|');
  for (const s of r.scoring) out.push(`| ${s.id} | ${s.items} | ${Math.round(s.perSecond).toLocaleString('en')} | ${Math.round(s.unvalidatedPerSecond).toLocaleString('en')} |`);
  if (r.outside.length) out.push(`\n**Requests outside 127.0.0.1 (blocked):** ${r.outside.join(', ')}`);
  return out.join('\n');
}

/** First render (with the waterfall) and DOM nodes: the figures each given as a ratio to the floor. */
export function renderSections(r) {
  const out = [];
  const R = r.render;
  const byId = Object.fromEntries(R.cases.map((c) => [c.id, c]));
  // paired: the median over rounds of (this case's time / that case's time in the same round), so
  // that a slow stretch of the machine falls on both sides of each ratio
  const paired = (a, b) => stats(a.rounds.slice(0, b.rounds.length).map((t, i) => t / b.rounds[i])).median;
  const x = (a, b) => (a && b ? `${paired(a, b).toFixed(2)}×` : 'n/a');
  out.push(`## Time to first render (ms from navigation start, median (p10–p90), ${R.runs} loads each)`);
  out.push('');
  out.push(
    `Every case in one run, interleaved round by round (each round loads every case once, in an order that turns from round to round, each in a fresh browser context with an empty cache; ${R.warmup} warm-up rounds dropped), so machine noise falls on all of them alike. "Rendered" = all 100 answer radios in the DOM (light or shadow), then the next painted frame; the introduction: its Start button, then the next painted frame. The floor is the same 20 fieldsets as static HTML with no script. Each ratio is paired: the median, over the rounds, of the two cases' times in the same round.`,
  );
  out.push('');
  out.push('| case | rendered | first contentful paint | × floor | × SurveyJS | × LHC-Forms |');
  out.push('|---|--:|--:|--:|--:|--:|');
  for (const c of R.cases)
    out.push(`| ${c.label} | ${spread(c.paint)} | ${c.fcp.n ? spread(c.fcp) : 'n/a'} | ${x(c, byId.static)} | ${x(c, byId.surveyjs)} | ${x(c, byId.lforms)} |`);
  out.push('');
  const goal = (ok) => (ok ? 'met' : '**not met**');
  const q = paired(byId.attune, byId.static);
  const intro = paired(byId['attune-intro'], byId.static);
  const sj = paired(byId.surveyjs, byId.attune);
  out.push(
    `Goals: the 20 questions within 1.3× the floor: ${q.toFixed(2)}×, ${goal(q <= 1.3)}; at least 3.5× faster than SurveyJS: ${sj.toFixed(2)}×, ${goal(sj >= 3.5)}; the introduction within 1.1× the floor: ${intro.toFixed(2)}×, ${goal(intro <= 1.1)}. LHC-Forms takes ${paired(byId.lforms, byId.attune).toFixed(2)}× Attune's time.`,
  );
  const introCase = R.cases.find((c) => c.id === 'attune-intro');
  const w = introCase?.asked;
  // the script's own start: compiling it and running its first statements, never another round trip
  const WATERFALL_MS = 5;
  if (w?.n)
    out.push(
      `\nWaterfall (Resource Timing, on the introduction loads): the page asks for the PCL-5's wording (\`instruments/pcl-5.js\`, its \`startTime\`) ${spread(w)} ms after the script tag (\`attune.iife.js\`, one file) has finished downloading (\`responseEnd\`), and the request goes out (\`requestStart\`) ${spread(introCase.gap)} ms after it (the browser queues it while the script runs). The script asks for it as its first act, so the wording waits for no other file and for none of the elements' code to run (asked ${WATERFALL_MS} ms or less after the script arrived: ${goal(w.median <= WATERFALL_MS)}); a \`<link rel="modulepreload">\` for the wording in the page's \`<head>\` (docs/performance.md) starts it with the script instead.`,
    );
  out.push('');

  if (r.nodes) {
    const floor = r.nodes.find((n) => n.lib.id === 'static').live.median;
    out.push('## DOM nodes: a page with one PCL-5, all 20 questions shown');
    out.push('');
    out.push(
      `Counted the same two ways for every case (median of ${r.nodes[0].live.n} loads): CDP \`Performance.getMetrics\` "Nodes" after three forced GCs (every node the page holds, also those a script keeps outside the tree, such as parsed templates), and a walk of the document and every shadow root (each root counted) by kind. The page's own few nodes (html, head, body, scripts) are included for every case.`,
    );
    out.push('');
    out.push('| case | nodes (CDP) | × static | in the tree | elements | text | whitespace text | comments | documents, doctypes, shadow roots |');
    out.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (const n of r.nodes)
      out.push(
        `| ${n.lib.name} | ${Math.round(n.live.median)} | ${(n.live.median / floor).toFixed(2)}× | ${n.tree.total} | ${n.tree.element} | ${n.tree.text} | ${n.tree.whitespace} | ${n.tree.comment} | ${n.tree.other} |`,
      );
    const a = r.nodes.find((n) => n.lib.id === 'attune').live.median / floor;
    out.push('');
    out.push(`Goal: Attune's nodes within 1.5× the static form's: ${a.toFixed(2)}×, ${goal(a <= 1.5)}.`);
    out.push('');
  }

  return out;
}
