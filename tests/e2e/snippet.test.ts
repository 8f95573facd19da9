// The README's script-tag snippet, copied as it stands into a plain page of a practice's own, against
// the built bundle (run `npm run build` first; `npm test` does). Chromium completes the PCL-5 by
// keyboard; every request the page makes is recorded; the result is re-scored in Node through the
// package's own DOM-free entry, as a practice's server would.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
// resolved through package.json "exports", exactly as `import … from 'attune-screeners/core'` in a server
import { score } from 'attune-screeners/core';
import { file, launchChromium, serveLocally, type LocalServer } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The first html code block in README that loads the script-tag bundle. */
function readmeSnippet(): string {
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('attune.iife.js'));
  if (!block) throw new Error('README has no html snippet loading attune.iife.js');
  return block;
}

let server: LocalServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const snippet = readmeSnippet();
  // the practice's own page: nothing but its heading and the snippet
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our practice</title></head><body><h1>Our practice</h1>\n${snippet}\n</body></html>`;
  const src = /<script src="([^"]+attune\.iife\.js)"><\/script>/.exec(snippet)?.[1];
  if (!src) throw new Error('the README snippet has no <script src=".../attune.iife.js">');
  const scriptPath = new URL(src, 'http://practice.invalid/').pathname;
  // the practice copied the contents of dist/ to the folder its script tag names
  const dir = scriptPath.slice(0, scriptPath.lastIndexOf('/') + 1);
  server = await serveLocally((path) => {
    if (path === '/') return { body: page };
    return path.startsWith(dir) ? file(join(root, 'dist', normalize(path.slice(dir.length)))) : undefined;
  });
  origin = server.origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('README snippet in a practice page of its own', () => {
  it('is the two lines a practice copies', () => {
    const lines = readmeSnippet().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('<attune-screener instrument="pcl-5"></attune-screener>');
  });

  for (const viewport of [
    { width: 360, height: 740, name: 'phone' },
    { width: 1280, height: 900, name: 'desktop' },
  ]) {
    it(`completes the PCL-5 by keyboard alone (${viewport.name}) and scores as the Node core does`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));

      await page.goto(`${origin}/`);
      await page.locator('attune-screener [part~="start-button"]').waitFor();
      await page.evaluate(() => {
        document.addEventListener('attune-complete', (e) => ((window as unknown as { done: unknown }).done = (e as CustomEvent).detail));
      });
      await page.keyboard.press('Tab'); // "Leave this page" comes first on every screen
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const chosen: Record<string, number> = {};
      for (let id = 1; id <= 20; id++) {
        await page.keyboard.press('Tab');
        const value = (id * 3) % 5;
        if (value === 0) await page.keyboard.press('Space');
        for (let i = 0; i < value; i++) await page.keyboard.press('ArrowDown');
        chosen[String(id)] = value;
      }
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as unknown as { done?: unknown }).done !== undefined);
      const detail = (await page.evaluate(() => (window as unknown as { done: unknown }).done)) as { answers: Record<string, number>; result: unknown };

      expect(detail.answers).toEqual(chosen);
      expect(detail.result).toEqual({ ...score('pcl-5', chosen), language: 'en' });
      expect(await page.locator('attune-screener [part~="results"] h2').textContent()).toBe('Thank you');

      // no horizontal scrolling on a phone
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // the page fetched itself, the script, and from beside the script the elements' code, the PCL-5's
      // wording and the review and results screens: nothing else (the loader's hints and imports start
      // in one moment, so their order is not fixed)
      const script = new URL(/src="([^"]+)"/.exec(readmeSnippet())![1]!, origin);
      const beside = ['client/attune.js', 'instruments/pcl-5.js', 'client/finish-screens.js', 'client/completion.js'].map((f) => new URL(f, script).href);
      expect(requests.slice(0, 2)).toEqual([`${origin}/`, script.href]);
      expect(requests.slice(2).sort()).toEqual(beside.sort());
      expect(pageErrors).toEqual([]);

      mkdirSync(join(root, '.shots'), { recursive: true });
      await page.screenshot({ path: join(root, '.shots', `snippet-${viewport.name}.png`), fullPage: true });
      await context.close();
    });
  }
});
