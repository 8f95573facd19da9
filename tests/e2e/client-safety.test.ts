// The client's safety, through the script tag as a practice embeds it: a plain page loading only the
// built dist/attune.iife.js (which loads its instrument and language files from beside itself).
// PHQ-9 item 9 endorsed: support on the question, the review and the results, and no summary sentence
// that contradicts it; no diagnostic label in results="full"; a Spanish introduction with no English
// outside lang="en"; the exit in view after scrolling at 360 and 320 px; no Shift hint on a touch-only
// phone. Run `npm run build` first (`npm test` does).
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { file, launchChromium, serveLocally, type LocalServer } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Our practice</title></head>
<body><h1>Our practice</h1><p>Welcome.</p><script src="/attune/attune.iife.js"></script></body></html>`;

let server: LocalServer;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  server = await serveLocally((path) => {
    if (path === '/') return { body: PAGE };
    if (path.startsWith('/attune/')) return file(join(root, 'dist', normalize(path.slice('/attune/'.length))));
    return undefined;
  });
  browser = await launchChromium();
}, 30000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(markup: string, options: BrowserContextOptions = {}): Promise<Page> {
  await context?.close();
  context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.evaluate((m) => document.body.insertAdjacentHTML('beforeend', m), markup);
  await page.locator('attune-screener [part~="start-button"]').waitFor({ timeout: 10000 });
  return page;
}

const choose = (page: Page, item: string, value: number) => page.locator(`attune-screener #question-${item} input[value="${value}"]`).click();
const shown = (page: Page, part: string) => page.locator(`attune-screener [part~="${part}"]`).first().isVisible();
const textOf = (page: Page, part: string) => page.locator(`attune-screener [part~="${part}"]`).first().innerText();

describe('through the script tag: support never contradicted, no diagnosis', () => {
  it('PHQ-9 item 9 "Nearly every day" (total 3): support on the question, the review and the results; no contradicting summary', async () => {
    const page = await open('<attune-screener instrument="phq-9" mode="paged" results="summary"></attune-screener>');
    await page.locator('attune-screener [part~="start-button"]').click();
    for (let i = 1; i <= 8; i++) {
      await choose(page, String(i), 0);
      await page.locator('attune-screener [part~="next-button"]').click();
    }
    await choose(page, '9', 3);
    expect(await shown(page, 'safety'), 'on the question').toBe(true);
    await page.locator('attune-screener [part~="next-button"]').click();
    await choose(page, 'difficulty', 0);
    await page.locator('attune-screener [part~="review-button"]').click();
    expect(await shown(page, 'review')).toBe(true);
    expect(await shown(page, 'safety'), 'on the review').toBe(true);
    expect(await textOf(page, 'safety')).not.toContain('carry on with the questions');
    const completed = page.evaluate(
      () =>
        new Promise<{ total: number; supportShown: string[] }>((resolve) =>
          document.addEventListener(
            'attune-complete',
            (e) => resolve({ total: (e as CustomEvent).detail.result.scales.total, supportShown: (e as CustomEvent).detail.result.supportShown }),
            { once: true },
          ),
        ),
    );
    await page.locator('attune-screener [part~="finish-button"]').click();
    expect(await completed).toEqual({ total: 3, supportShown: ['self-harm'] });
    expect(await shown(page, 'safety'), 'on the results').toBe(true);
    const summary = await textOf(page, 'summary');
    expect(summary).not.toContain('less often than the level');
    expect(summary).toContain('Your practitioner will want to talk through some of your answers with you.');
    expect(await textOf(page, 'safety')).not.toContain('carry on with the questions');
  });

  it('results="full" shows no diagnostic label, rule outcome, cutoff or raw band id (ITQ all "Extremely", PHQ-9 moderately severe)', async () => {
    for (const [id, value, count] of [
      ['itq', 4, 18],
      ['phq-9', 2, 9],
    ] as const) {
      const page = await open(`<attune-screener instrument="${id}" results="full"></attune-screener>`);
      await page.locator('attune-screener [part~="start-button"]').click();
      for (let i = 1; i <= count; i++) await choose(page, String(i), value);
      await page.locator('attune-screener [part~="finish-button"]').click();
      const full = await textOf(page, 'full-results');
      expect(full, id).not.toMatch(/\b(Met|Provisional|PTSD|ICD|DSM|cutoff|moderately-severe|moderately severe|severe)\b/i);
      expect(full.replace('This questionnaire is a screening tool, not a diagnosis.', ''), id).not.toMatch(/diagnos/i);
      expect(full, id).toMatch(/Your answers to questions 1–\d+ add up to \d+, on a range of 0 to \d+\./);
    }
  });

  it('a Spanish page: no English in the introduction except what is marked lang="en", which it says is in English', async () => {
    const page = await open('<attune-screener instrument="pcl-5" locale="es"></attune-screener>');
    const { unmarked, marked } = await page.evaluate(() => {
      const root = document.querySelector('attune-screener')!.shadowRoot!;
      const walker = document.createTreeWalker(root.querySelector('[part~="intro"]')!, NodeFilter.SHOW_TEXT);
      let unmarked = '';
      const marked: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('[lang]')?.getAttribute('lang') === 'en') marked.push(node.textContent!.trim());
        else unmarked += ` ${node.textContent}`;
      }
      return { unmarked: unmarked.replace(/\s+/g, ' '), marked: marked.filter(Boolean) };
    });
    expect(unmarked).toContain('Las preguntas están en inglés.');
    expect(unmarked).not.toMatch(/\b(the|and|you|your|of|questions?|past|month|about|problems?)\b/i);
    expect(marked).toContain('the past month');
  });
});

describe('through the script tag: on a phone', () => {
  for (const width of [360, 320]) {
    it(`${width} px: "Leave this page" stays in the viewport after scrolling`, async () => {
      const page = await open('<attune-screener instrument="pcl-5"></attune-screener>', { viewport: { width, height: 640 } });
      await page.locator('attune-screener [part~="start-button"]').click();
      for (const y of [500, 1500, 3000]) {
        await page.evaluate((to) => window.scrollTo(0, to), y);
        const box = await page.locator('attune-screener [part~="exit-button"]').boundingBox();
        expect(box, `scrolled to ${y}`).not.toBeNull();
        expect(box!.y, `scrolled to ${y}`).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, `scrolled to ${y}`).toBeLessThanOrEqual(640);
      }
      expect(await page.evaluate(() => window.scrollY), 'the page did scroll').toBeGreaterThan(1000);
    });
  }

  it('no Shift hint on a touch-only phone; shown with a mouse', async () => {
    const phone = await open('<attune-screener instrument="phq-9"></attune-screener>', { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    expect(await phone.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(false);
    expect(await shown(phone, 'exit-hint')).toBe(false);
    expect(await shown(phone, 'exit-button')).toBe(true);
    const desktop = await open('<attune-screener instrument="phq-9"></attune-screener>');
    expect(await shown(desktop, 'exit-hint')).toBe(true);
  });
});
