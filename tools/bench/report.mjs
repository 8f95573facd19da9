// Markdown tables of a bench run.
import { kb, mb, ms } from './stats.mjs';

const spread = (s) => `${ms(s.median)} (${ms(s.p10)}–${ms(s.p90)})`;
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : 'n/a');

export function report(r) {
  const m = r.machine;
  const out = [];
  out.push(
    `Run ${m.date} at commit \`${m.commit}\`${r.quick ? ' (**--quick**: too few samples to quote)' : ''} on ${m.nproc} cores (\`nproc\`), ${m.cpu}, ${m.memory} RAM; Node ${m.node}; ${m.chromium} (headless, Debian). Reproduce: \`npm ci && npm run bench\`.`,
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

  out.push(`## Time to first render (ms from navigation start, median (p10–p90), ${r.render.runs} loads each)`);
  out.push('');
  out.push(
    'A fresh browser context (empty cache) per load, the cases interleaved in one run, 2 warm-up rounds dropped. "Rendered" = all 100 answer radios in the DOM (light or shadow), then the next painted frame.',
  );
  out.push('');
  out.push('| case | rendered | first contentful paint | × Attune |');
  out.push('|---|--:|--:|--:|');
  const base = r.render.cases.find((c) => c.id === 'attune').paint.median;
  for (const c of r.render.cases)
    out.push(`| ${c.label} | ${spread(c.paint)} | ${c.fcp.n ? spread(c.fcp) : 'n/a'} | ${c.id === 'attune-intro' ? '' : ratio(c.paint.median, base)} |`);
  out.push('');

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
