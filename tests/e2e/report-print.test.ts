// The clinician report as a practice's page prints it: demo/report.html (loading only the built
// dist/attune-report.iife.js) in Chromium through playwright-core, with print media and the browser's own
// PDF output. Run `npm run build` first (`npm test` does). The demo's stored completions must be
// what the scoring code computes from their answers, so the page never shows a stale result.
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { instruments, score, type Completion } from '../../src/core.js';
import { file, launchChromium, serveLocally, type LocalServer } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
let server: LocalServer;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const requested: string[] = [];

beforeAll(async () => {
  server = await serveLocally((path) => file(join(root, normalize(path))));
  browser = await launchChromium();
  // the width of an A4 page's content at 96 dpi, inside the demo's 14 mm margins
  page = await browser.newPage({ viewport: { width: 688, height: 1000 } });
  page.on('request', (r) => {
    if (!r.url().startsWith(`${server.origin}/`)) outside.push(r.url());
    else requested.push(new URL(r.url()).pathname);
  });
  await page.goto(`${server.origin}/demo/report.html`);
  await page.locator('attune-report [part~="instrument"]').first().waitFor();
  // each instrument's wording loads on demand: wait until the report has every one it names
  await page.evaluate(() => (document.querySelector('attune-report') as HTMLElement & { ready: Promise<void> }).ready);
  await page.emulateMedia({ media: 'print' });
}, 30000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('demo/report.html, printed', () => {
  it("the demo's stored results are what their answers score", () => {
    const data = readFileSync(join(root, 'demo/report-data.js'), 'utf8');
    const sandbox: { window: { reportCompletions?: Completion[] } } = { window: {} };
    runInNewContext(data, sandbox);
    const completions = sandbox.window.reportCompletions!;
    expect(completions.length).toBeGreaterThan(0);
    for (const c of completions) expect(c.result, c.result.instrument.id).toEqual(score(c.result.instrument.id, c.answers, c.result.settings));
  });

  it('shows the safety panel first, a section per instrument, and every chart, without the site chrome', async () => {
    const shape = await page.evaluate(() => {
      const report = document.querySelector('attune-report')!.shadowRoot!;
      const visible = (el: Element) => el.getBoundingClientRect().height > 0;
      return {
        first: report.querySelector('[part~="report"]')!.firstElementChild!.getAttribute('part'),
        sections: [...report.querySelectorAll<HTMLElement>('[part~="instrument"]')].map((s) => s.dataset.instrument),
        charts: [...report.querySelectorAll('svg')].map(visible),
        chrome: [...document.querySelectorAll('.site-header, .no-print')].some(visible),
      };
    });
    expect(shape.first).toBe('flags');
    expect(shape.sections).toEqual(['pc-ptsd-5', 'pcl-5', 'ecr-rs', 'phq-9']);
    expect(shape.charts.length).toBeGreaterThanOrEqual(3);
    expect(shape.charts.every(Boolean)).toBe(true);
    expect(shape.chrome).toBe(false);
  });

  it('nothing in the report is wider than the printed page', async () => {
    const overflow = await page.evaluate(() => {
      const host = document.querySelector('attune-report')!;
      const right = host.getBoundingClientRect().right;
      return [...host.shadowRoot!.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > right + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${Math.round(el.getBoundingClientRect().right - right)}px`);
    });
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it("the browser's own print makes an A4 PDF of a few pages, and nothing was fetched from anywhere else", async () => {
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(8);
    // A4 (210 x 297 mm) is 595.3 x 841.9 points; Chromium rounds to 594.96 x 841.92
    const [, w, h] = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(text)!.map(Number);
    expect(w).toBeCloseTo(595.3, 0);
    expect(h).toBeCloseTo(841.9, 0);
    expect(outside).toEqual([]);
  });
});

describe('dist/attune-report.iife.js carries no instrument wording', () => {
  const bundle = readFileSync(join(root, 'dist/attune-report.iife.js'), 'utf8');
  const worded = Object.values(instruments).filter((def) => def.items.some((item) => item.text));

  it.each(worded.map((def) => [def.id, def] as const))('%s: no item of it is in the report script, every one is in its own file', (id, def) => {
    const own = readFileSync(join(root, `dist/instruments/${id}.js`), 'utf8');
    const texts = def.items.flatMap((item) => (item.text ? [item.text] : []));
    // the same search finds each sentence in the instrument's own file, so its absence below means something
    expect(texts.filter((text) => !own.includes(text))).toEqual([]);
    expect(texts.filter((text) => bundle.includes(text))).toEqual([]);
  });

  it('the printed demo loaded the wording of its four instruments, and only theirs, from beside the script', () => {
    const loaded = requested.filter((path) => path.includes('/instruments/')).sort();
    expect(loaded).toEqual(['ecr-rs', 'pc-ptsd-5', 'pcl-5', 'phq-9'].map((id) => `/dist/instruments/${id}.js`));
  });
});
