// A Spanish-speaking client completes the PHQ-9 and the GAD-7 through the script tag as a practice
// embeds it (dist/attune.iife.js, with dist/ copied to /attune/): every question in the authors'
// Spanish, marked Spanish; the strings with no sourced Spanish in English, marked English; the
// Spanish wording loaded only on the Spanish page; the scores identical to the English form's; the
// language in the event and the submission; and the clinician's report showing the wording the client
// read. Run `npm run build` first (`npm test` does).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { score } from '../../src/core.js';
import { launchChromium, servePractice, type LocalServer } from '../../tools/test-support/local-server.mjs';
import { answer, asking, range } from './battery-page.js';

const reference = (file: string) => JSON.parse(readFileSync(new URL(`../reference/${file}`, import.meta.url), 'utf8'));
const phqEs = reference('phq9.es.json');
const gadEs = reference('gad7.es.json');

let markup = '';
const PAGE = () => `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Nuestra consulta</title></head>
<body><h1>Nuestra consulta</h1>${markup}<script src="/attune/attune.iife.js"></script></body></html>`;

let server: LocalServer;
let browser: Browser;
let context: BrowserContext | undefined;
let requests: { url: string; method: string; body: string | null }[] = [];

beforeAll(async () => {
  server = await servePractice(PAGE);
  browser = await launchChromium();
}, 30000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(html: string, ready = 'attune-screener [part~="start-button"]'): Promise<Page> {
  markup = html;
  await context?.close();
  context = await browser.newContext();
  requests = [];
  const page = await context.newPage();
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  // the practice's endpoint answers 200; nothing leaves the practice's own origin
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(server.origin)) return route.abort();
    if (url.endsWith('/submit')) return route.fulfill({ status: 200, body: '{}' });
    return route.continue();
  });
  await page.goto(`${server.origin}/`);
  await page.locator(ready).first().waitFor({ timeout: 10000 });
  return page;
}

/** Each question's wording, the lang it is read in, and its answers' labels with theirs. */
function questions(page: Page) {
  return page.evaluate(() =>
    [...document.querySelector('attune-screener')!.shadowRoot!.querySelectorAll('fieldset[part~="question"]')].map((f) => {
      const legend = f.querySelector('legend')!;
      const langOf = (el: Element) => el.closest('[lang]')!.getAttribute('lang');
      // the legend reads "<number>. <wording>" for a numbered item: the wording is what follows its own number
      const id = f.id.replace(/^question-/, '');
      const text = legend.textContent.trim();
      return {
        text: /^\d+$/.test(id) && text.startsWith(`${id}. `) ? text.slice(id.length + 2) : text,
        lang: langOf(legend),
        options: [...f.querySelectorAll('label')].map((l) => ({ label: l.textContent.trim(), lang: langOf(l.querySelector('span') ?? l) })),
      };
    }),
  );
}

const langOfPart = (page: Page, part: string) =>
  page.evaluate((p) => document.querySelector('attune-screener')!.shadowRoot!.querySelector(`[part~="${p}"]`)!.closest('[lang]')!.getAttribute('lang'), part);

// requested together, in either order
const wordingFiles = () =>
  requests
    .filter((r) => r.url.includes('/attune/instruments/'))
    .map((r) => new URL(r.url).pathname)
    .sort();

describe('the PHQ-9 in Spanish, through the script tag', () => {
  it('every question, answer, the stem and the attribution are the Spanish form, word for word, marked Spanish; the result and the submission say es-US and score as the English form', async () => {
    const page = await open('<attune-screener instrument="phq-9" locale="es-MX" results="summary" submit-url="/submit"></attune-screener>');
    expect(await page.locator('attune-screener h2').first().innerText()).toBe(phqEs.title.text);
    expect(await langOfPart(page, 'intro')).toBe('es');
    await page.locator('attune-screener [part~="start-button"]').click();
    await page.locator('attune-screener fieldset').first().waitFor();
    const shown = await questions(page);
    expect(shown.map((q) => q.text)).toEqual([...phqEs.items.map((i: { text: string }) => i.text), phqEs.extraUnscoredItem.text]);
    for (const q of shown) {
      expect(q.lang, q.text).toMatch(/^es/);
      for (const o of q.options) expect(o.lang, o.label).toMatch(/^es/);
    }
    expect(shown[0]!.options.map((o) => o.label)).toEqual(phqEs.responseOptions.map((o: { label: string }) => o.label));
    expect(shown[9]!.options.map((o) => o.label)).toEqual(phqEs.extraUnscoredItem.responseOptions.map((o: { label: string }) => o.label));
    expect(await page.locator('attune-screener [part~="stem"]').first().innerText()).toBe(phqEs.instructions.text);
    expect(await page.locator('attune-screener [part~="attribution"]').innerText()).toBe(phqEs.attribution.text);
    expect(wordingFiles()).toEqual(['/attune/instruments/phq-9.es.js', '/attune/instruments/phq-9.js']);

    const answers = { '1': 1, '2': 2, '3': 0, '4': 3, '5': 1, '6': 0, '7': 2, '8': 1, '9': 0, difficulty: 1 };
    for (const [item, value] of Object.entries(answers)) await page.locator(`attune-screener #question-${item} input[value="${value}"]`).click();
    const complete = page.evaluate(
      () =>
        new Promise<{ result: Record<string, unknown> }>((resolve) =>
          document.querySelector('attune-screener')!.addEventListener('attune-complete', (e) => resolve((e as CustomEvent).detail), { once: true }),
        ),
    );
    await page.locator('attune-screener [part~="finish-button"]').click();
    const { result } = await complete;
    expect(result).toEqual({ ...score('phq-9', answers), language: 'es-US' });
    await expect.poll(() => requests.filter((r) => r.method === 'POST').length).toBe(1);
    const body = JSON.parse(requests.find((r) => r.method === 'POST')!.body!);
    expect(body.result.language).toBe('es-US');
    expect(body.answers).toEqual(answers);
    expect(body.result.scales).toEqual(score('phq-9', answers).scales);
    expect(requests.every((r) => r.url.startsWith(server.origin))).toBe(true);
  });

  it('item 9 above "Ningún día" shows support, in Spanish, with the question', async () => {
    const page = await open('<attune-screener instrument="phq-9" locale="es" mode="paged"></attune-screener>');
    await page.locator('attune-screener [part~="start-button"]').click();
    for (let i = 1; i <= 8; i++) {
      await page.locator(`attune-screener #question-${i} input[value="0"]`).click();
      await page.locator('attune-screener [part~="next-button"]').click();
    }
    await page.locator('attune-screener #question-9 input[value="1"]').click();
    const safety = page.locator('attune-screener [part~="safety"]');
    await safety.waitFor();
    expect(await safety.innerText()).toContain('Hay apoyo si lo necesitas');
  });

  it('an English page loads no Spanish wording', async () => {
    await open('<attune-screener instrument="phq-9"></attune-screener>');
    expect(wordingFiles()).toEqual(['/attune/instruments/phq-9.js']);
  });
});

describe('the GAD-7 in Spanish, through the script tag', () => {
  it('items, answers and stem in Spanish; the title, the difficulty question and the footer (no sourced Spanish) in English, marked English; the introduction says so', async () => {
    const page = await open('<attune-screener instrument="gad-7" locale="es"></attune-screener>');
    const title = page.locator('attune-screener h2').first();
    expect(await title.getAttribute('lang')).toBe('en');
    expect(await page.locator('attune-screener [part~="intro"]').innerText()).toContain('Algunas partes del cuestionario están en inglés');
    await page.locator('attune-screener [part~="start-button"]').click();
    await page.locator('attune-screener fieldset').first().waitFor();
    const shown = await questions(page);
    expect(shown.slice(0, 7).map((q) => q.text)).toEqual(gadEs.items.map((i: { text: string }) => i.text));
    for (const q of shown.slice(0, 7)) {
      expect(q.lang).toMatch(/^es/);
      expect(q.options.map((o) => o.label)).toEqual(gadEs.responseOptions.map((o: { label: string }) => o.label));
    }
    const difficulty = shown[7]!;
    expect(difficulty.lang).toBe('en');
    expect(difficulty.text).toContain('how difficult have they made it');
    for (const o of difficulty.options) expect(o.lang, o.label).toBe('en');
    expect(await page.locator('attune-screener [part~="attribution"]').getAttribute('lang')).toBe('en');
    expect(wordingFiles()).toEqual(['/attune/instruments/gad-7.es.js', '/attune/instruments/gad-7.js']);
  });
});

describe("the clinician's report of a Spanish completion", () => {
  it('shows the language, the published translation and its wording status, and each question and answer as the client read it', async () => {
    const answers = { '1': 1, '2': 2, '3': 0, '4': 3, '5': 1, '6': 0, '7': 2, '8': 1, '9': 1, difficulty: 1 };
    const completion = { result: { ...score('phq-9', answers), language: 'es-US' }, answers, completedAt: '2026-11-30T10:00:00Z' };
    markup = '';
    await context?.close();
    context = await browser.newContext();
    const page = await context.newPage();
    requests = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    await page.goto(`${server.origin}/`);
    await page.evaluate((c) => {
      const s = document.createElement('script');
      s.src = '/attune/attune-report.iife.js';
      document.head.append(s);
      const report = document.createElement('attune-report') as HTMLElement & { results: unknown[] };
      report.results = [c];
      document.body.append(report);
    }, completion);
    await page.locator('attune-report [part~="items-table"]').waitFor({ timeout: 10000 });
    await page.evaluate(() => (document.querySelector('attune-report') as HTMLElement & { ready: Promise<void> }).ready);
    const answeredIn = await page.locator('attune-report [part~="answered-in"]').innerText();
    expect(answeredIn).toContain('Answered in Spanish');
    expect(answeredIn).toContain('Spanish for USA');
    expect(answeredIn).toContain('Wording checked');
    const rows = await page.evaluate(() =>
      [...document.querySelector('attune-report')!.shadowRoot!.querySelectorAll('[part~="items-table"] tbody tr')].map((tr) => ({
        text: tr.querySelector('td span')!.textContent,
        lang: tr.querySelector('td span')!.getAttribute('lang'),
        answer: tr.querySelectorAll('td')[1]!.textContent.trim(),
      })),
    );
    expect(rows.map((r) => r.text)).toEqual([...phqEs.items.map((i: { text: string }) => i.text), phqEs.extraUnscoredItem.text]);
    for (const r of rows) expect(r.lang).toBe('es-US');
    expect(rows[0]!.answer).toContain('Varios días');
    // the safety item first, quoted in the words the client read
    expect(await page.locator('attune-report [part~="flag"]').first().innerText()).toContain(phqEs.items[8].text);
    expect(wordingFiles()).toEqual(['/attune/instruments/phq-9.es.js', '/attune/instruments/phq-9.js']);
  });
});

describe('a practice that copied the script but not the Spanish wording', () => {
  it('gets a clear message naming the missing file, in the widget and as attune-error; the English page still works', async () => {
    const partial = await servePractice(PAGE, { '/attune/instruments/gad-7.es.js': undefined });
    try {
      markup = '<attune-screener instrument="gad-7" locale="es"></attune-screener>';
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.addInitScript(() => {
        (window as unknown as { seen: unknown[] }).seen = [];
        document.addEventListener('attune-error', (e) => (window as unknown as { seen: unknown[] }).seen.push((e as CustomEvent).detail));
      });
      await page.goto(`${partial.origin}/`);
      await page.locator('attune-screener [part~="problem"]').waitFor({ timeout: 10000 });
      const seen = (await page.evaluate(() => (window as unknown as { seen: { code: string; message: string }[] }).seen)) as { code: string; message: string }[];
      expect(seen.map((e) => e.code)).toEqual(['unavailable']);
      expect(seen[0]!.message).toContain('instruments/gad-7.es.js could not be loaded from beside the script');
      expect(pageErrors).toEqual([]);
      markup = '<attune-screener instrument="gad-7"></attune-screener>';
      await page.goto(`${partial.origin}/`);
      await page.locator('attune-screener [part~="start-button"]').waitFor({ timeout: 10000 });
      await ctx.close();
    } finally {
      await partial.close();
    }
  });
});

describe('a Spanish battery, through the script tag', () => {
  it('lists each title in its language, asks each questionnaire in its published Spanish, and every result says es-US', async () => {
    const page = await open('<attune-battery instruments="phq-9 gad-7" locale="es"></attune-battery>', 'attune-battery [part~="start-button"]');
    const titles = await page.evaluate(() =>
      [...document.querySelector('attune-battery')!.shadowRoot!.querySelectorAll('[part~="instrument-list"] li')].map((li) => [li.textContent, li.getAttribute('lang')]),
    );
    expect(titles).toEqual([
      [phqEs.title.text, null],
      ['Generalized Anxiety Disorder 7-item scale (GAD-7)', 'en'],
    ]);
    const complete = page.evaluate(
      () =>
        new Promise<{ results: { language?: string }[] }>((resolve) =>
          document.querySelector('attune-battery')!.addEventListener('attune-complete', (e) => resolve((e as CustomEvent).detail), { once: true }),
        ),
    );
    await page.locator('attune-battery [part~="start-button"]').click();
    expect(await asking(page)).toBe('phq-9');
    const legend = (id: string) => page.locator(`attune-battery attune-screener #question-${id} legend`).innerText();
    expect(await legend('1')).toContain(phqEs.items[0].text);
    await answer(page, { ...range(9, () => 0), difficulty: 0 });
    await page.locator('attune-battery attune-screener [part~="finish-button"]').click();
    expect(await asking(page)).toBe('gad-7');
    expect(await legend('1')).toContain(gadEs.items[0].text);
    await answer(
      page,
      range(7, () => 0),
    );
    await page.locator('attune-battery attune-screener [part~="finish-button"]').click();
    const { results } = await complete;
    expect(results.map((r) => r.language)).toEqual(['es-US', 'es-US']);
    expect(wordingFiles()).toEqual(['/attune/instruments/gad-7.es.js', '/attune/instruments/gad-7.js', '/attune/instruments/phq-9.es.js', '/attune/instruments/phq-9.js']);
  });
});
