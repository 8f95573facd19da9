// README's optional preload line, `<link rel="modulepreload" href="/attune/client/attune.js">` in the
// page's head, beside README's two-line snippet, in Chromium against the built dist/: the elements'
// code is asked for while the page is parsed, beside the script tag rather than after it, and
// downloaded once (the script tag's import takes the preloaded module); the script tag still hints the
// wording as it runs, and the questionnaire runs to its results as without the line. Every library file is answered after a
// fixed 150 ms, so that the order of requests is a fact about the page, not about a fast loopback.
// Run `npm run build` first (`npm test` does).
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { file, launchChromium, serveLocally, type LocalServer } from '../../tools/test-support/local-server.mjs';
import { wordingTiming } from '../../tools/test-support/script-tag-timing.mjs';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
/** README's snippet (the script tag and the element) and its preload line, as a practice copies them. */
const snippet = blocks.find((b) => b.includes('attune.iife.js'))!;
const preload = blocks.find((b) => b.includes('rel="modulepreload"'))!;

let server: LocalServer;
let browser: Browser;
let page = '';

beforeAll(async () => {
  server = await serveLocally(
    (path) => (path === '/' ? { body: page } : path.startsWith('/attune/') ? file(join(root, 'dist', normalize(path.slice('/attune/'.length)))) : undefined),
    { latencyMs: 150 },
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("README's preload line in the page's head", () => {
  it('is one line, and names the elements’ code beside the script the snippet loads', () => {
    expect(preload.split('\n')).toHaveLength(1);
    const script = /<script src="([^"]+)attune\.iife\.js"><\/script>/.exec(snippet)?.[1];
    expect(preload).toBe(`<link rel="modulepreload" href="${script}client/attune.js">`);
  });

  it('fetches the elements’ code before the script tag has arrived, once, and the questionnaire runs to its results', async () => {
    page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our practice</title>${preload}</head><body><h1>Our practice</h1>${snippet}</body></html>`;
    const p = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(`${server.origin}/`);
    const screener = p.locator('attune-screener');
    await screener.locator('[part~="start-button"]').waitFor();

    const timing = await wordingTiming(p, 'pcl-5');
    // asked for while the page was parsed: it did not wait for the loader to arrive and run
    const elementsStart = await p.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/client/attune.js'))!.startTime);
    expect(elementsStart).toBeLessThan(timing.loaderEnd);
    // the wording is hinted by the script tag as it runs, as without the line
    expect(timing.wordingStart).toBeGreaterThanOrEqual(timing.loaderEnd);
    expect(requests.filter((r) => r === '/attune/client/attune.js')).toHaveLength(1);

    // the questionnaire itself is the same as without the line: every question, then the results
    await screener.locator('[part~="start-button"]').click();
    const answers = screener.locator('[part~="question"] input[value="0"]');
    await answers.first().waitFor();
    expect(await answers.count()).toBe(20);
    for (const input of await answers.all()) await input.check();
    await screener.locator('[part~="review-button"], [part~="finish-button"]').first().click();
    const finish = screener.locator('[part~="finish-button"]');
    if (await finish.count()) await finish.click();
    await screener.locator('[part~="results"]').waitFor();
    expect(errors).toEqual([]);
    await p.close();
  });
});
