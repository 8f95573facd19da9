// `npm run site` (tools/build/site.mjs), the folder a practice copies to its web host until the package is
// published: written from the built dist/ (run `npm run build` first; `npm test` does) into a folder of
// its own, then served by a plain static server, as any host serves files, and opened in Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveFolder, type LocalServer } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
let site: string;
let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  site = join(mkdtempSync(join(tmpdir(), 'attune-site-')), 'site');
  execFileSync(process.execPath, ['tools/build/site.mjs', site], { cwd: root, stdio: 'pipe' });
  server = await serveFolder(site);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(join(site, '..'), { recursive: true, force: true });
});

/** Opens a page of the site, recording every request and any that did not succeed. */
async function open(path: string): Promise<{ page: Page; requests: string[]; failures: string[]; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const requests: string[] = [];
  const failures: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.url()} ${r.status()}`));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}${path}`);
  return { page, requests, failures, errors };
}

/** The files a script tag loads from beside itself, as it names them. */
/** What the report's classic script loads from beside itself: `new URL("<file>", <its own URL>)`. */
const lazyFiles = (script: string) => [...readFileSync(join(site, 'attune', script), 'utf8').matchAll(/new URL\("([\w./-]+\.js)",/g)].map((m) => m[1]!);
/**
 * What the client's script tag loads beside itself: it runs as if it were client/attune.js (the one
 * file it names relative to itself) and loads each file relative to that address, and the modules in
 * client/ load the rest by relative import(), each read from the uploaded folder.
 */
function clientFiles(): string[] {
  const script = readFileSync(join(site, 'attune', 'attune.iife.js'), 'utf8');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('client/')) return;
    for (const m of readFileSync(join(site, 'attune', file), 'utf8').matchAll(/(?:\bfrom|\bimport\()\s*["'](\.{1,2}\/[\w./-]+\.js)["']/g))
      visit(posix.join(posix.dirname(file), m[1]!));
  };
  visit('client/attune.js');
  for (const m of script.matchAll(/new URL\("([\w./-]+\.js)",/g)) if (m[1] !== 'client/attune.js') visit(posix.join('client', m[1]!));
  return [...seen];
}

describe('npm run site', () => {
  it('writes the example page from the README snippet', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const snippet = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('attune.iife.js'))!;
    const page = readFileSync(join(site, 'index.html'), 'utf8');
    for (const line of snippet.trim().split('\n')) expect(page).toContain(line.trim());
  });

  it('runs the screener from the example page, loading only files of the folder', async () => {
    const { page, requests, failures, errors } = await open('/');
    await page.locator('attune-screener [part~="start-button"]').click();
    await page.locator('attune-screener input[type="radio"]').first().waitFor();
    expect(await page.locator('attune-screener input[type="radio"]').count()).toBeGreaterThanOrEqual(5);
    expect(requests.some((u) => u.endsWith('/attune/instruments/pcl-5.js'))).toBe(true);
    for (const url of requests) expect(url.startsWith(`${server.origin}/`), url).toBe(true);
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('holds every file the script tags load lazily, and every chunk those import', async () => {
    const lazy = clientFiles();
    // what the client's script tag may load beside itself, by kind
    for (const kind of [/^instruments\/[\w-]+\.js$/, /^i18n\/[\w-]+\.js$/, /^attune-validate\.js$/, /^attune-outbox\.js$/])
      expect(
        lazy.some((f) => kind.test(f)),
        String(kind),
      ).toBe(true);
    // and every one the build wrote, whether or not the bundle names it
    const built = [
      'attune-validate.js',
      'attune-outbox.js',
      ...['instruments', 'i18n'].flatMap((d) =>
        readdirSync(join(root, 'dist', d))
          .filter((f) => f.endsWith('.js'))
          .map((f) => `${d}/${f}`),
      ),
    ];
    for (const f of new Set([...built, ...lazy, ...lazyFiles('attune-report.iife.js')])) expect(existsSync(join(site, 'attune', f)), f).toBe(true);
    // each loads in the browser from the served folder, with the chunks it imports
    const { page, failures, errors } = await open('/');
    // (a string, so that vitest does not rewrite the page's own import())
    const loaded = await page.evaluate(`(async (files) => {
      const failed = [];
      for (const f of files) await import(new URL('/attune/' + f, location.href).href).catch((e) => failed.push(f + ': ' + e));
      return failed;
    })(${JSON.stringify(lazy)})`);
    expect(loaded).toEqual([]);
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
