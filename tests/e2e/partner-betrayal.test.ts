// The partner-betrayal intake of docs/partner-betrayal-intake.md, pasted as it stands into a practice's
// own page, through the built script tag and the files it loads beside it (run `npm run build` first;
// `npm test` does). Chromium takes a client through it: every questionnaire asked (no gate on the
// PCL-5), the practice's crisis line beside PHQ-9 item 9, a reload mid-pass, the quick exit, Spanish.
// Every request is recorded; nothing may leave the local server but the exit the client chose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { score } from 'attune-screeners/core';
import { launchChromium, servePractice, type LocalServer } from '../../tools/test-support/local-server.mjs';
import { answer, asking, range } from './battery-page.js';

const root = new URL('../../', import.meta.url).pathname;
const guide = readFileSync(join(root, 'docs/partner-betrayal-intake.md'), 'utf8');
const recipe = /```html\n([\s\S]*?)```/.exec(guide)![1]!;
const EXIT = 'https://www.bbc.co.uk/weather';

let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Our practice</title></head><body><h1>Before your first session</h1>\n${recipe}\n</body></html>`;
  server = await servePractice(() => page);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Client {
  context: BrowserContext;
  page: Page;
  /** Every address the page asked for. */
  requests: string[];
  /** attune-error details the page heard. */
  errors: () => Promise<unknown[]>;
  /** attune-exit details, recorded outside the page (which the exit replaces). */
  exits: unknown[];
}

async function visit(viewport = { width: 360, height: 740 }): Promise<Client> {
  const context = await browser.newContext({ viewport });
  // nothing may leave the local server (the exit is recorded, then stopped here)
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const exits: unknown[] = [];
  await page.exposeFunction('recordExit', (detail: unknown) => exits.push(detail));
  await page.addInitScript(() => {
    document.addEventListener('attune-exit', (e) => void (window as unknown as { recordExit: (d: unknown) => Promise<void> }).recordExit((e as CustomEvent).detail));
    const w = window as unknown as { heard: { type: string; detail: unknown }[] };
    w.heard = [];
    for (const type of ['attune-error', 'attune-complete', 'attune-safety', 'attune-exit'])
      document.addEventListener(type, (e) => w.heard.push({ type, detail: (e as CustomEvent).detail }));
  });
  await page.goto(`${server.origin}/`);
  await page.locator('attune-battery [part~="start-button"], attune-battery [part~="resume"]').first().waitFor();
  const errors = () =>
    page.evaluate(() => (window as unknown as { heard: { type: string; detail: unknown }[] }).heard.filter((h) => h.type === 'attune-error').map((h) => h.detail));
  return { context, page, requests, errors, exits };
}

const finish = (page: Page) => page.locator('attune-battery attune-screener [part~="finish-button"]').click();
const pcl5 = range(20, (i) => (i % 3) + 1);
const ecrRs = range(9, (i) => ((i * 2) % 7) + 1);
const phq9 = { ...range(8, () => 1), '9': 2 };

describe('the partner-betrayal intake, as a practice pastes it', () => {
  it('is what the demo page runs', () => {
    const element = (html: string) => /<attune-battery[\s\S]*?<\/attune-battery>/.exec(html)![0].replace(/\s+/g, ' ');
    expect(element(readFileSync(join(root, 'demo/partner-betrayal.html'), 'utf8'))).toBe(element(recipe));
  });

  it('asks every questionnaire (no gate), names the discovery, and keeps the practice’s crisis line beside PHQ-9 item 9', async () => {
    const { context, page, requests, errors } = await visit();
    const intro = await page.locator('attune-battery [part~="intro"]').textContent();
    expect(intro).toContain("discovering your partner's betrayal");
    expect(intro).toContain('There are 3 short questionnaires');
    expect(intro).not.toContain('up to');
    await page.locator('attune-battery [part~="start-button"]').click();

    expect(await asking(page)).toBe('pcl-5');
    await answer(page, pcl5);
    await finish(page);
    expect(await asking(page)).toBe('ecr-rs');
    await answer(page, ecrRs);
    await finish(page);
    expect(await asking(page)).toBe('phq-9');
    await answer(page, phq9);
    const support = page.locator('attune-battery attune-screener [part~="safety"]');
    await support.waitFor();
    const slotted = await support.evaluate((panel) => {
      const slot = panel.querySelector<HTMLSlotElement>('slot[name="crisis"]')!;
      return slot
        .assignedNodes({ flatten: true })
        .map((n) => n.textContent)
        .join(' ');
    });
    expect(slotted).toContain('Harbour Street Counselling');
    expect(slotted).toContain('555 0100');
    // and, beneath the practice's own line (an office number alone leaves a client at night with nothing), the emergency line
    expect(await support.textContent()).toContain('call your local emergency number');
    await page.locator('attune-battery attune-screener [part~="question"]').last().waitFor();
    await answer(page, { difficulty: 1 });
    await finish(page);

    await page.locator('attune-battery [part~="results"]').waitFor();
    const heard = await page.evaluate(() => (window as unknown as { heard: { type: string; detail: unknown }[] }).heard);
    const complete = heard
      .filter((h) => h.type === 'attune-complete')
      .map((h) => h.detail as { results: { instrument: { id: string } }[]; skipped: unknown[]; completions: { answers: Record<string, number> }[] });
    expect(complete).toHaveLength(1);
    expect(complete[0]!.results.map((r) => r.instrument.id)).toEqual(['pcl-5', 'ecr-rs', 'phq-9']);
    expect(complete[0]!.skipped).toEqual([]);
    // each scored as the Node core scores the same answers
    expect(complete[0]!.results[0]).toEqual({ ...score('pcl-5', pcl5), language: 'en' });
    expect(complete[0]!.results[1]).toEqual({ ...score('ecr-rs', ecrRs), language: 'en' });
    // and the PHQ-9's records that support was shown in this pass
    expect(complete[0]!.results[2]!).toEqual({ ...score('phq-9', { ...phq9, difficulty: 1 }), supportShown: ['self-harm'], language: 'en' });
    expect(heard.filter((h) => h.type === 'attune-safety')).toHaveLength(1);
    expect(await errors()).toEqual([]);
    // the page, the script, and the files beside it that this intake uses: nothing else, anywhere
    expect(requests.every((url) => url.startsWith(`${server.origin}/`))).toBe(true);
    // nothing is left stored once the pass is finished
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('attune')))).toEqual([]);
    await context.close();
  });

  it('after a reload mid-pass, asks once, and carries on at the same questionnaire with its answers', async () => {
    const { context, page, errors } = await visit();
    await page.locator('attune-battery [part~="start-button"]').click();
    await asking(page);
    await answer(page, pcl5);
    await finish(page);
    expect(await asking(page)).toBe('ecr-rs');
    await answer(page, { '1': 6, '2': 3 });

    await page.reload();
    await page.locator('attune-battery [part~="resume"]').waitFor();
    expect(await page.locator('attune-battery attune-screener').count()).toBe(0);
    await page.locator('attune-battery [part~="resume-button"]').click();
    expect(await asking(page)).toBe('ecr-rs');
    expect(await page.locator('attune-battery [part~="progress"]').textContent()).toContain('Questionnaire 2 of 3');
    // the screener does not ask a second time, and the answers are back
    expect(await page.locator('attune-battery attune-screener [part~="resume"]').count()).toBe(0);
    const answers = await page.evaluate(() => (document.querySelector('attune-battery')!.shadowRoot!.querySelector('attune-screener') as unknown as { answers: unknown }).answers);
    expect(answers).toEqual({ '1': 6, '2': 3 });
    expect(await errors()).toEqual([]);
    await context.close();
  });

  it('"Leave this page" forgets the answers and what was stored, and goes to the neutral exit the practice chose', async () => {
    const { context, page, requests, exits } = await visit();
    await page.locator('attune-battery [part~="start-button"]').click();
    await asking(page);
    await answer(page, { '1': 4, '2': 4 });
    expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('attune')))).toBe(true);
    // the exit button stays in reach on a phone: it is the first thing in the widget
    await page.locator('attune-battery attune-screener [part~="exit-button"]').click();
    await page.waitForEvent('requestfailed', { predicate: (r) => r.url().startsWith(EXIT) });
    // one exit for the battery and its screener; Chromium may ask for the aborted address more than once
    expect(exits).toEqual([{ url: EXIT }]);
    expect(new Set(requests.filter((url) => !url.startsWith(server.origin)))).toEqual(new Set([EXIT]));
    await context.close();

    // the same again, with the host leaving its own way (cancelling attune-exit): the widget shows
    // nothing, and neither sessionStorage nor the widget holds an answer
    const second = await visit();
    await second.page.evaluate(() => document.addEventListener('attune-exit', (e) => e.preventDefault()));
    await second.page.locator('attune-battery [part~="start-button"]').click();
    await asking(second.page);
    await answer(second.page, { '1': 4 });
    await second.page.keyboard.press('Shift');
    await second.page.keyboard.press('Shift');
    await second.page.keyboard.press('Shift');
    await second.page.waitForFunction(() => document.querySelector('attune-battery')!.shadowRoot!.textContent.trim() === '');
    expect(await second.page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('attune')))).toEqual([]);
    expect(second.exits).toEqual([{ url: EXIT }]);
    await second.context.close();
  });

  it('in Spanish: the widget’s own text in Spanish, the questions in English marked lang="en"', async () => {
    const { context, page, errors } = await visit();
    await page.evaluate(() => document.querySelector('attune-battery')!.setAttribute('locale', 'es'));
    await page.locator('attune-battery [part~="start-button"]', { hasText: 'Empezar' }).waitFor();
    expect(await page.locator('attune-battery [part~="exit-button"]').first().textContent()).toBe('Salir de esta página');
    await page.locator('attune-battery [part~="start-button"]').click();
    await asking(page);
    const legend = page.locator('attune-battery attune-screener [part~="legend"]').first();
    expect(await legend.evaluate((el) => el.closest('[lang]')!.getAttribute('lang'))).toBe('en');
    expect(await page.locator('attune-battery attune-screener [part~="finish-button"]').textContent()).not.toContain('Finish');
    expect(await errors()).toEqual([]);
    await context.close();
  });
});
