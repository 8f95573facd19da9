// The documented examples, run as a developer would run them: examples/react and examples/vue bundled
// with esbuild against the built package (resolved through its exports map, as from node_modules),
// examples/html with the script-tag bundle copied to /attune/; each served on 127.0.0.1 and driven in
// Chromium. A client completes the PC-PTSD-5, and the framework's own typed handler receives the result,
// which must equal the Node core's score for the same answers. Run `npm run build` first (`npm test` does).
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { score } from '../../src/core.js';
import { file, launchChromium, serveLocally, type LocalServer } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
let work: string;
let server: LocalServer;
let origin: string;
let browser: Browser;

/** Bundles an example the way an application's bundler would, with the package as an installed dependency. */
async function bundle(example: string, entry: string) {
  await build({
    entryPoints: [join(root, 'examples', example, entry)],
    outfile: join(work, example, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    // `attune-screeners` resolves from here, through its package.json exports, like any dependency
    nodePaths: [join(work, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    logLevel: 'silent',
  });
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/react.js'))) throw new Error('dist/ is not built: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'attune-frameworks-'));
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(root, join(work, 'node_modules', 'attune-screeners'));
  await bundle('react', 'main.tsx');
  await bundle('vue', 'main.ts');
  server = await serveLocally((requested) => {
    const path = normalize(requested);
    if (path.startsWith('/attune/')) return file(join(root, 'dist', path.slice('/attune/'.length)));
    if (path.endsWith('/main.js')) return file(join(work, path));
    return file(join(root, 'examples', path.endsWith('/') ? `${path}index.html` : path));
  });
  origin = server.origin;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the framework examples run', () => {
  for (const example of ['html', 'react', 'vue']) {
    it(`${example}: a client completes the PC-PTSD-5 and the page's handler receives the result`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      // (the browser's own favicon probe is not the example's request)
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
      page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).origin));
      await page.goto(`${origin}/${example}/`);
      const screener = page.locator('attune-screener');
      await screener.locator('[part~="start-button"]').click();
      const answers = { exposure: 1, '1': 1, '2': 1, '3': 0, '4': 1, '5': 0 };
      for (const [id, value] of Object.entries(answers)) await screener.locator(`#question-${id} input[value="${value}"]`).check();
      await screener.locator('[part~="finish-button"]').click();
      await expect.poll(() => page.locator('#total').textContent()).toBe(String(score('pc-ptsd-5', answers).scales['total']));
      expect(await page.locator('main').textContent()).toContain('Received pc-ptsd-5');
      expect(await screener.locator('[part~="summary"]').count()).toBe(1);
      expect(new Set(requests)).toEqual(new Set([origin]));
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
