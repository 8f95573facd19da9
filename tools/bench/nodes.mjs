// DOM nodes on a page with one PCL-5 (all 20 questions shown), the same two ways for every case:
//  - CDP `Performance.getMetrics` "Nodes" after three forced GCs: every node the renderer holds,
//    including ones a script keeps out of the tree (e.g. Lit's parsed <template>s);
//  - a walk of the tree: every node of the document and of every shadow root (the roots themselves
//    counted), elements, text (whitespace-only counted apart) and comments.
import { load, libraryOf } from './render.mjs';
import { FLOOR, ITEMS, LIBRARIES, OPTIONS_PER_ITEM } from './cases.mjs';
import { stats } from './stats.mjs';

/** CDP's live node count after three forced GCs. */
export async function liveNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'Nodes')?.value;
}

/** Every node of the document and its shadow roots, by kind. */
export function treeNodes(page) {
  return page.evaluate(() => {
    const kinds = { element: 0, text: 0, whitespace: 0, comment: 0, other: 0 };
    let total = 0;
    const walk = (n) => {
      total++;
      if (n.nodeType === Node.ELEMENT_NODE) kinds.element++;
      else if (n.nodeType === Node.TEXT_NODE) kinds[n.data.trim() ? 'text' : 'whitespace']++;
      else if (n.nodeType === Node.COMMENT_NODE) kinds.comment++;
      else kinds.other++; // the document, its doctype, shadow roots
      if (n.shadowRoot) walk(n.shadowRoot);
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    };
    walk(document);
    return { total, ...kinds };
  });
}

export async function domNodes(browser, origin, { loads = 3, log }) {
  const rows = [];
  for (const lib of [FLOOR, ...LIBRARIES]) {
    const live = [];
    let tree;
    for (let i = 0; i < loads; i++) {
      const s = await load(browser, origin, libraryOf(lib.id), {}, { radios: ITEMS * OPTIONS_PER_ITEM });
      tree = await treeNodes(s.page);
      live.push(await liveNodes(s.page));
      await s.ctx.close();
    }
    rows.push({ lib, live: stats(live), tree });
  }
  log?.(`  DOM nodes: ${rows.map((r) => `${r.lib.id} ${r.live.median}`).join(', ')}`);
  return rows;
}
