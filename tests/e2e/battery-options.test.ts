// What a practice sets on <attune-battery> reaches each screener it runs, through the built script tag
// and the files it loads beside it (run `npm run build` first; `npm test` does): settings and text packs
// per instrument, mode, colour scheme and crisis resources. And a host that submits its form from
// attune-complete finds the widget's value and validity already set, on the screener and the battery.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { score } from '../../src/core.js';
import { launchChromium, servePractice, type LocalServer } from '../../tools/test-support/local-server.mjs';
import { answer, asking, range } from './battery-page.js';

const root = new URL('../../', import.meta.url).pathname;
const iesPack = JSON.parse(readFileSync(join(root, 'tests/browser/fixtures/ies-r.text-pack.json'), 'utf8')) as { items: Record<string, string> };
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our practice</title></head>
<body><h1>Our practice</h1><script src="/attune/attune.iife.js"></script></body></html>`;

let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  server = await servePractice(() => PAGE);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.origin}/`);
  // the script has run; <attune-battery> registers once one is on the page, as each test then adds
  // it (its properties set before it upgrades, as a framework sets them)
  await page.waitForFunction(() => customElements.get('attune-screener') !== undefined);
  return page;
}

describe('<attune-battery> options through the script tag', () => {
  it('settings per instrument: the PCL-5 scored at the cutoff the practice chose', async () => {
    const page = await open();
    await page.evaluate(() => {
      const b = document.createElement('attune-battery') as HTMLElement & { settings: unknown };
      b.setAttribute('instruments', 'pcl-5');
      b.settings = { 'pcl-5': { cutoff: 31 } };
      b.addEventListener('attune-complete', (e) => ((window as unknown as { done: unknown }).done = (e as CustomEvent).detail));
      document.body.append(b);
    });
    await page.locator('attune-battery [part~="start-button"]').click();
    await asking(page);
    // 15 items at 2 and one at 1: total 31, at the practice's cutoff (the default is 33)
    const answers = range(20, (i) => (i <= 15 ? 2 : i === 16 ? 1 : 0));
    await answer(page, answers);
    await page.locator('attune-battery attune-screener [part~="finish-button"]').click();
    await page.waitForFunction(() => (window as unknown as { done?: unknown }).done !== undefined);
    const done = (await page.evaluate(() => (window as unknown as { done: unknown }).done)) as { results: { rules: Record<string, boolean>; settings: unknown }[] };
    expect(done.results[0]).toEqual({ ...score('pcl-5', answers, { cutoff: 31 }), language: 'en' });
    expect(done.results[0]!.rules['above-cutoff']).toBe(true);
    await page.context().close();
  });

  it("a text pack per instrument: the IES-R runs inside a battery, in the pack's words", async () => {
    const page = await open();
    await page.evaluate((pack) => {
      const b = document.createElement('attune-battery') as HTMLElement & { textPacks: unknown };
      b.setAttribute('instruments', 'ies-r');
      b.textPacks = { 'ies-r': pack };
      document.body.append(b);
    }, iesPack);
    await page.locator('attune-battery [part~="start-button"]').click();
    expect(await asking(page)).toBe('ies-r');
    expect(await page.locator('attune-battery attune-screener [part~="legend"]').first().textContent()).toContain(iesPack.items['1']);
    await page.context().close();
  });

  it('mode, colour scheme and crisis resources reach the screener', async () => {
    const page = await open();
    await page.evaluate(() => {
      const b = document.createElement('attune-battery') as HTMLElement & { crisisResources: unknown };
      b.setAttribute('instruments', 'phq-9');
      b.setAttribute('mode', 'paged');
      b.setAttribute('color-scheme', 'dark');
      b.crisisResources = [{ name: 'Riverside out-of-hours line', phone: '+1 555 0100' }];
      document.body.append(b);
    });
    await page.locator('attune-battery [part~="start-button"]').click();
    await asking(page);
    expect(await page.locator('attune-battery attune-screener [part~="progress"]').textContent()).toContain('Question 1 of 10');
    expect(await page.locator('attune-battery attune-screener').getAttribute('color-scheme')).toBe('dark');
    for (let i = 1; i <= 8; i++) {
      await answer(page, { [String(i)]: 0 });
      await page.locator('attune-battery attune-screener [part~="next-button"]').click();
    }
    await answer(page, { '9': 1 });
    expect(await page.locator('attune-battery attune-screener [part~="crisis-resources"]').textContent()).toContain('Riverside out-of-hours line');
    await page.context().close();
  });
});

describe('attune-complete comes after the form value and validity are set', () => {
  for (const element of ['attune-screener', 'attune-battery'] as const) {
    it(`<${element} required> in a form: a host submitting from attune-complete finds it valid, with its value`, async () => {
      const page = await open();
      await page.evaluate((tag) => {
        const form = document.createElement('form');
        const widget = document.createElement(tag);
        widget.setAttribute(tag === 'attune-battery' ? 'instruments' : 'instrument', 'gad-7');
        widget.setAttribute('name', 'anxiety');
        widget.setAttribute('required', '');
        widget.addEventListener('attune-complete', () => {
          (window as unknown as { seen: unknown }).seen = { valid: form.checkValidity(), value: new FormData(form).get('anxiety') };
        });
        form.append(widget);
        document.body.append(form);
      }, element);
      await page.locator(`${element} [part~="start-button"]`).first().click();
      await page.locator(`${element} [part~="question"]`).first().waitFor();
      await page.evaluate((tag) => {
        const host = document.querySelector(tag)!;
        const screener = tag === 'attune-battery' ? host.shadowRoot!.querySelector('attune-screener')! : host;
        for (let i = 1; i <= 7; i++) screener.shadowRoot!.querySelector<HTMLInputElement>(`#question-${i} input`)!.click();
      }, element);
      await page.locator(`${element} [part~="finish-button"]`).first().click();
      await page.waitForFunction(() => (window as unknown as { seen?: unknown }).seen !== undefined);
      const seen = (await page.evaluate(() => (window as unknown as { seen: unknown }).seen)) as { valid: boolean; value: string | null };
      expect(seen.valid).toBe(true);
      expect(seen.value).not.toBeNull();
      expect(JSON.stringify(JSON.parse(seen.value!))).toContain('"gad-7"');
      await page.context().close();
    });
  }
});
