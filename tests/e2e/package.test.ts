// The package as npm would publish it: `npm pack` (run `npm run build` first; `npm test` does), the
// tarball extracted into a temp node_modules/attune-screeners with lit, zod and react linked from this
// repository (no network). Then every export of its exports map is used: in Node (the DOM-free core, the
// JSON files, every file and type declaration present), by TypeScript (a consumer typechecks against the
// packed types), by a bundler (esbuild resolves each browser entry), and in Chromium (the script-tag
// bundles, and the ES modules through an import map built from the exports).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { score } from '../../src/core.js';
import { file, launchChromium, serveLocally, type LocalServer } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
let work: string;
let pkgDir: string;
let pkg: {
  name: string;
  version: string;
  exports: Record<string, string | { types?: string; default: string }>;
  types: string;
  customElements: string;
  'web-types': string;
  sideEffects: string[];
  files: string[];
};
let packed: string[];
let server: LocalServer;
let origin: string;
let browser: Browser;

const target = (e: string | { default: string }) => (typeof e === 'string' ? e : e.default);
const browserEntries = () =>
  Object.keys(pkg.exports).filter((k) => target(pkg.exports[k]!).endsWith('.js') && !k.endsWith('.iife.js') && k !== './core' && k !== './attune-validate.js');
const link = (name: string) => {
  mkdirSync(dirname(join(work, 'node_modules', name)), { recursive: true });
  symlinkSync(join(root, 'node_modules', name), join(work, 'node_modules', name));
};

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/attune.iife.js'))) throw new Error('dist/ is not built: run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'attune-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
  packed = info.files.map((f) => f.path);
  execFileSync('tar', ['-xzf', join(work, info.filename), '-C', work]);
  mkdirSync(join(work, 'node_modules'));
  pkgDir = join(work, 'node_modules', 'attune-screeners');
  renameSync(join(work, 'package'), pkgDir);
  for (const dep of [
    'lit',
    'zod',
    'react',
    'react-dom',
    'scheduler',
    '@types/react',
    '@types/react-dom',
    '@lit/reactive-element',
    'lit-html',
    'lit-element',
    '@types/trusted-types',
  ]) {
    if (existsSync(join(root, 'node_modules', dep))) link(dep);
  }
  pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

  server = await serveLocally((path) => file(join(work, normalize(path))));
  origin = server.origin;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds every file its exports, types, manifest, editor data and side effects name, and no tests', () => {
    const named = [
      ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : ([e.default, e.types].filter(Boolean) as string[]))),
      pkg.types,
      pkg.customElements,
      pkg['web-types'],
      ...pkg.sideEffects.filter((f) => !f.startsWith('./src/')),
    ];
    for (const file of named) expect(packed, file).toContain(normalize(file));
    for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json']) expect(packed).toContain(file);
    expect(packed.filter((f) => f.startsWith('tests/') || f.startsWith('examples/') || f.startsWith('node_modules/'))).toEqual([]);
    // the manifest shipped is the one for this source (the build regenerates it)
    const manifest = JSON.parse(readFileSync(join(pkgDir, pkg.customElements), 'utf8'));
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean);
    expect(tags.sort()).toEqual(['attune-battery', 'attune-report', 'attune-screener']);
  });

  it('holds every page README links to, so the front door works where the package is installed', () => {
    const pages = ['README.md', ...packed.filter((f) => f.startsWith('docs/') && f.endsWith('.md'))];
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const text = readFileSync(join(pkgDir, page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue; // an address, not a file of the package
        const resolved = normalize(join(page, '..', target!));
        if (resolved.startsWith('tests/') || resolved.startsWith('tools/') || resolved.startsWith('examples/') || resolved.startsWith('demo/')) continue; // the repository's, named as such
        expect(packed, `${page} → ${target}`).toContain(resolved);
      }
    }
  });

  it('exports ., ./core, ./define, ./react, the script-tag bundle, the JSON Schemas and the manifest', () => {
    expect(Object.keys(pkg.exports)).toEqual(
      expect.arrayContaining([
        '.',
        './core',
        './define',
        './react',
        './attune.iife.js',
        './instrument.schema.json',
        './text-pack.schema.json',
        './custom-elements.json',
        './web-types.json',
      ]),
    );
  });

  it('in Node: the core scores, and every JSON export imports', () => {
    const script = `
      import { score, instrumentIds } from 'attune-screeners/core';
      const jsons = ${JSON.stringify(Object.keys(pkg.exports).filter((k) => k.endsWith('.json')))};
      const loaded = {};
      for (const k of jsons) loaded[k] = Object.keys((await import('attune-screeners' + k.slice(1), { with: { type: 'json' } })).default).length;
      const result = score('pcl-5', Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i + 1), 2])));
      console.log(JSON.stringify({ instrumentIds, total: result.scales.total, loaded }));`;
    writeFileSync(join(work, 'node-check.mjs'), script);
    const run = spawnSync(process.execPath, ['node-check.mjs'], { cwd: work, encoding: 'utf8' });
    expect(run.stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/g, '')).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.total).toBe(score('pcl-5', Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i + 1), 2]))).scales['total']);
    expect(out.instrumentIds).toContain('pcl-5');
    for (const [k, n] of Object.entries(out.loaded)) expect(n, k).toBeGreaterThan(0);
  });

  it('in TypeScript: a consumer typechecks against the packed types (bundler resolution)', () => {
    const consumer = `
      import { AttuneScreener, score, type AttuneCompleteDetail, type Result } from 'attune-screeners';
      import { score as coreScore } from 'attune-screeners/core';
      import 'attune-screeners/define';
      import { AttuneScreener as ReactScreener } from 'attune-screeners/react';
      import { createElement } from 'react';
      const el: AttuneScreener = document.createElement('attune-screener');
      el.addEventListener('attune-complete', (e) => { const d: AttuneCompleteDetail = e.detail; const r: Result = d.result; void r; });
      // @ts-expect-error mode is 'page' | 'paged'
      el.mode = 'pages';
      createElement(ReactScreener, { instrument: 'pcl-5', onAttuneComplete: (e) => e.detail.result.scales });
      void score; void coreScore;`;
    writeFileSync(join(work, 'consumer.ts'), consumer);
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'ESNext',
          moduleResolution: 'bundler',
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
    );
    const run = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: work, encoding: 'utf8' });
    // lit's and react's own declarations are theirs to check; the package's must be clean
    const ours = run.stdout.split('\n').filter((l) => l.trim() && !/node_modules\/(?!attune-screeners)/.test(l));
    expect(ours).toEqual([]);
  });

  it('with a bundler: esbuild resolves and bundles every browser entry through the exports map', async () => {
    for (const key of browserEntries()) {
      const specifier = `attune-screeners${key.slice(1)}`;
      const result = await build({
        stdin: { contents: `export * from '${specifier}';`, resolveDir: work },
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      expect(result.outputFiles[0]!.text.length, specifier).toBeGreaterThan(1000);
    }
  });

  it('in Chromium: the script-tag bundles register the elements, the ES modules load through an import map of the exports', async () => {
    const base = '/node_modules/attune-screeners/';
    const imports = Object.fromEntries(
      Object.keys(pkg.exports)
        .filter((k) => target(pkg.exports[k]!).endsWith('.js') && k !== './react')
        .map((k) => [`attune-screeners${k.slice(1)}`, base + target(pkg.exports[k]!).slice(2)]),
    );
    const iifes = Object.keys(pkg.exports)
      .filter((k) => k.endsWith('.iife.js'))
      .map((k) => base + target(pkg.exports[k]!).slice(2));
    writeFileSync(
      join(work, 'iife.html'),
      // the client's script registers the battery only on a page that has one: this page has both
      `<!doctype html><html lang="en"><head><title>iife</title></head><body>${iifes.map((s) => `<script src="${s}"></script>`).join('')}<attune-screener instrument="pc-ptsd-5"></attune-screener><attune-battery instruments="pc-ptsd-5"></attune-battery></body></html>`,
    );
    const modules = Object.keys(imports).filter((k) => !k.endsWith('.iife.js') && k !== 'attune-screeners/attune-validate.js');
    writeFileSync(
      join(work, 'esm.html'),
      `<!doctype html><html lang="en"><head><title>esm</title><script type="importmap">${JSON.stringify({ imports })}</script></head><body>
       <attune-screener instrument="pc-ptsd-5"></attune-screener>
       <script type="module">
         const loaded = {};
         for (const m of ${JSON.stringify(modules)}) loaded[m] = Object.keys(await import(m)).length;
         window.loaded = loaded;
       </script></body></html>`,
    );
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/iife.html`);
    await page.locator('attune-screener [part~="start-button"]').waitFor();
    await page.waitForFunction(() => customElements.get('attune-battery'));
    expect(await page.evaluate(() => ['attune-screener', 'attune-battery', 'attune-report'].filter((t) => customElements.get(t)))).toEqual(
      iifes.some((s) => s.includes('report')) ? ['attune-screener', 'attune-battery', 'attune-report'] : ['attune-screener', 'attune-battery'],
    );
    await page.goto(`${origin}/esm.html`);
    await page.locator('attune-screener [part~="start-button"]').waitFor();
    await page.waitForFunction(() => (window as unknown as { loaded?: unknown }).loaded);
    const loaded = await page.evaluate(() => (window as unknown as { loaded: Record<string, number> }).loaded);
    expect(Object.keys(loaded).sort()).toEqual(modules.sort());
    for (const [m, n] of Object.entries(loaded)) expect(n, m).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
