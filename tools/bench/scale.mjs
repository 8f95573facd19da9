// Scale: 50 questionnaires on one page (render time, JS heap and DOM nodes after a forced GC), and
// Attune's heap across 1,000 mounts and removals of a screener (a leak shows as steady growth).
import { load } from './render.mjs';
import { ITEMS, LIBRARIES, OPTIONS_PER_ITEM } from './cases.mjs';
import { stats } from './stats.mjs';

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return { heap: usedSize, nodes: metrics.find((m) => m.name === 'Nodes')?.value };
}

export async function scale(browser, origin, { loads, n = 50, log }) {
  const rows = [];
  const acc = {};
  const deadline = Date.now() + 4 * 60_000;
  for (let i = 0; i < loads && Date.now() < deadline; i++) {
    for (const lib of LIBRARIES) {
      for (const count of [1, n]) {
        const s = await load(browser, origin, lib, { n: count }, { radios: count * ITEMS * OPTIONS_PER_ITEM }, { timeout: 60000 });
        const h = await heap(s.page);
        await s.ctx.close();
        const a = (acc[`${lib.id}:${count}`] ??= { lib, count, paint: [], heap: [], nodes: [] });
        a.paint.push(s.paintAt);
        a.heap.push(h.heap);
        a.nodes.push(h.nodes);
      }
    }
    log?.(`  scale: ${i + 1} of ${loads} loads`);
  }
  for (const a of Object.values(acc)) rows.push({ lib: a.lib, count: a.count, paint: stats(a.paint), heap: stats(a.heap), nodes: stats(a.nodes) });
  return rows;
}

/** Mounts a PCL-5 screener, shows its questions, removes it; repeated, with the heap after GC at checkpoints. */
export async function churn(browser, origin, { total = 1000, every = 250, warmup = 50 }) {
  const lib = LIBRARIES.find((l) => l.id === 'attune');
  const s = await load(browser, origin, lib, { n: 0 }, undefined);
  await s.page.waitForFunction(() => customElements.get('attune-screener'));
  const cycle = (count) =>
    s.page.evaluate(async (count) => {
      const t0 = performance.now();
      for (let i = 0; i < count && performance.now() - t0 < 60000; i++) {
        const el = document.createElement('attune-screener');
        el.setAttribute('instrument', 'pcl-5');
        document.body.append(el);
        await el.ready;
        el.start();
        await el.updateComplete;
        if (el.shadowRoot.querySelectorAll('input[type=radio]').length !== 100) throw new Error('the questions did not render');
        el.remove();
      }
      return performance.now() - t0;
    }, count);
  await cycle(warmup);
  const points = [{ mounts: 0, ...(await heap(s.page)) }];
  let elapsed = 0;
  for (let m = every; m <= total; m += every) {
    elapsed += await cycle(every);
    points.push({ mounts: m, ...(await heap(s.page)) });
  }
  await s.ctx.close();
  return { points, perMount: elapsed / total };
}
