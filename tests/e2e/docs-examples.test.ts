// Every code example in README.md, CONTRIBUTING.md and docs/**/*.md, checked as a reader would use it
// (run `npm run build` first; `npm test` does):
//   ```html  loaded in Chromium against the built dist/attune.iife.js (or attune-report.iife.js) on a
//            page of its own: each element renders its first screen, no `attune-error`, no page error,
//            and no request leaves the local server. Every example, fragments too, must also be
//            well-formed, and use only attributes (and attribute values) the manifest documents.
//   ```js/ts/tsx  parsed by TypeScript; marked `<!-- example: node -->`, run as it stands in Node
//            (`attune-screeners/core` resolves to dist/core.js through package.json "exports"), and
//            each `console.log(…); // expected` prints what its comment says.
//   ```json  parsed; the small definition in docs/custom-instruments.md is the test fixture.
//   ```css   names only documented tokens, and parts the element documents.
//   ```bash  runs only npm scripts that exist.
// `<!-- example: fragment -->` on the line before a fence marks a deliberately partial example: it is
// checked for form (parsed, attributes known) but not run.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, normalize } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { instrumentIds } from 'attune-screeners/core';
import { customElements, stringValues } from '../../tools/build/editor-data.mjs';
import { file, launchChromium, servePractice, type LocalServer } from '../../tools/test-support/local-server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => normalize(join('docs', f))),
];

interface Example {
  page: string;
  line: number;
  lang: string;
  mark: 'fragment' | 'node' | undefined;
  code: string;
}

/** Fenced code blocks, indented ones (inside a list item) too, with the marker on the line before. */
function examples(page: string): Example[] {
  const text = readFileSync(join(root, page), 'utf8');
  return [...text.matchAll(/^( *)```([a-z]*)\n([\s\S]*?)^\1```$/gm)].map((m) => {
    const before = text.slice(0, m.index).trimEnd();
    const mark = /<!-- example: (fragment|node) -->$/.exec(before)?.[1] as Example['mark'];
    const indent = m[1]!;
    const code = m[3]!
      .split('\n')
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join('\n');
    return { page, line: before.split('\n').length + 1, lang: m[2]!, mark, code };
  });
}

const all = pages.flatMap(examples);
const of = (...langs: string[]) => all.filter((e) => langs.includes(e.lang));
const name = (e: Example) => `${e.page}:${e.line}${e.mark ? ` (${e.mark})` : ''}`;

// ---- what the manifest documents ----------------------------------------------------------------

interface ElementDoc {
  tagName: string;
  attributes?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = new Map((customElements(manifest) as ElementDoc[]).map((el) => [el.tagName, el]));
const tokens = new Set([...elements.values()].flatMap((el) => (el.cssProperties ?? []).map((p) => p.name)));
// attributes every HTML element has, that an example may reasonably set on ours
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'slot', 'lang', 'dir', 'hidden', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Problems of form in an html example: unbalanced tags, unknown attributes or values on our elements. */
function htmlProblems(code: string): string[] {
  const problems: string[] = [];
  const scripts: string[] = [];
  const markup = code.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/g, (_, open, body, close) => (scripts.push(body), `${open}${close}`));
  for (const body of scripts) problems.push(...syntaxProblems(body, 'js'));
  const stack: string[] = [];
  for (const [tag, slash, rawName, rest] of markup.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    const tagName = rawName!.toLowerCase();
    if (slash) {
      const open = stack.pop();
      if (open !== tagName) problems.push(`</${tagName}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    if (!VOID.has(tagName) && !rest!.trimEnd().endsWith('/')) stack.push(tagName);
    const doc = elements.get(tagName);
    if (tagName.startsWith('attune-') && !doc) problems.push(`${tag}: no such element`);
    if (!doc) continue;
    for (const [, attr, , value] of rest!.matchAll(/([^\s=/]+)(?:\s*=\s*("([^"]*)"|'[^']*'|[^\s>]+))?/g)) {
      const documented = doc.attributes?.find((a) => a.name === attr);
      if (!documented) {
        if (!GLOBAL_ATTRIBUTES.has(attr!)) problems.push(`<${tagName} ${attr}>: not an attribute of <${tagName}>`);
        continue;
      }
      const allowed = attr === 'instrument' ? [...instrumentIds] : stringValues(documented.type?.text);
      if (value !== undefined && allowed.length && !allowed.includes(value)) problems.push(`<${tagName} ${attr}="${value}">: not one of ${allowed.join(', ')}`);
      if (attr === 'instruments') for (const id of (value ?? '').split(/\s+/)) if (!instrumentIds.includes(id)) problems.push(`instruments: unknown "${id}"`);
    }
  }
  if (stack.length) problems.push(`not closed: ${stack.map((t) => `<${t}>`).join(' ')}`);
  return problems;
}

/** TypeScript's syntax errors (no type check: an example may use names it does not declare). */
function syntaxProblems(code: string, lang: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, {
    fileName: `example.${lang === 'tsx' ? 'tsx' : lang === 'ts' ? 'ts' : 'js'}`,
    reportDiagnostics: true,
    compilerOptions: { jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('code examples in README and docs/', () => {
  it('finds them', () => {
    expect(of('html').filter((e) => !e.mark).length).toBeGreaterThanOrEqual(8);
    expect(of('js').filter((e) => e.mark === 'node').length).toBeGreaterThanOrEqual(2);
  });

  for (const e of of('html')) {
    it(`${name(e)}: html is well-formed and uses only documented attributes`, () => expect(htmlProblems(e.code)).toEqual([]));
  }

  for (const e of of('js', 'ts', 'tsx')) {
    it(`${name(e)}: ${e.lang} parses`, () => expect(syntaxProblems(e.code, e.lang)).toEqual([]));
  }

  for (const e of of('json')) {
    it(`${name(e)}: json parses`, () => expect(() => JSON.parse(e.code)).not.toThrow());
  }

  it('the small definition in docs/custom-instruments.md is the test fixture, apart from $schema', () => {
    const block = of('json').find((e) => e.page === normalize('docs/custom-instruments.md') && e.code.includes('"practice-checkin"'));
    expect(block).toBeTruthy();
    const { $schema: _a, ...shown } = JSON.parse(block!.code);
    const { $schema: _b, ...fixture } = JSON.parse(readFileSync(join(root, 'tests/browser/fixtures/checkin.definition.json'), 'utf8'));
    expect(shown).toEqual(fixture);
  });

  for (const e of of('css')) {
    it(`${name(e)}: css names only documented tokens and parts`, () => {
      const unknown = [...e.code.matchAll(/--attune-[a-z0-9-]+/g)].map((m) => m[0]).filter((t) => !tokens.has(t));
      const parts = [...e.code.matchAll(/(attune-[a-z-]+)::part\(([a-z0-9-]+)\)/g)]
        .filter(([, tag, part]) => !elements.get(tag!)?.cssParts?.some((p) => p.name === part))
        .map((m) => m[0]);
      expect([...unknown, ...parts]).toEqual([]);
    });
  }

  it('bash examples run only npm scripts that exist', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts);
    const used = of('bash').flatMap((e) => [...e.code.matchAll(/\bnpm (?:run ([\w:-]+)|(start|test)\b)/g)].map((m) => m[1] ?? m[2]!));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((s) => !scripts.includes(s))).toEqual([]);
  });
});

describe('node examples run against dist/core.js', () => {
  let dir: string;
  // inside the repository, so that `attune-screeners/core` resolves through its own package.json
  beforeAll(() => void (dir = mkdtempSync(join(root, '.docs-examples-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [i, e] of of('js')
    .filter((x) => x.mark === 'node')
    .entries()) {
    it(`${name(e)} runs and prints what its comments say`, () => {
      const path = join(dir, `example-${i}.mjs`);
      writeFileSync(path, e.code);
      const run = spawnSync(process.execPath, [path], { cwd: root, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const expected = [...e.code.matchAll(/console\.log\(.*\);? *\/\/ *(.+)$/gm)].map((m) => m[1]!.trim());
      expect(run.stdout.trim().split('\n').filter(Boolean)).toEqual(expected);
    });
  }
});

describe('html examples in a practice page of their own, against the built script tags', () => {
  let server: LocalServer;
  let browser: Browser;
  let page = '';

  beforeAll(async () => {
    // the practice copied dist/ to /attune/; its own files are where the examples say
    server = await servePractice(() => page, {
      '/forms/weekly-checkin.json': file(join(root, 'tests/browser/fixtures/checkin.definition.json')),
      '/forms/ies-r.text-pack.json': file(join(root, 'tests/browser/fixtures/ies-r.text-pack.json')),
      '/forms/pcl-5.es.text-pack.json': file(join(root, 'tests/browser/fixtures/pcl-5.es.text-pack.json')),
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const e of of('html').filter((x) => !x.mark)) {
    it(`${name(e)}: every element shows its first screen, with no error and no request elsewhere`, async () => {
      const needsScript = !/<script src="[^"]*attune(-report)?\.iife\.js"><\/script>/.test(e.code);
      const script = e.code.includes('<attune-report') ? '/attune/attune-report.iife.js' : '/attune/attune.iife.js';
      page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our practice</title></head><body><h1>Our practice</h1>\n${needsScript ? `<script src="${script}"></script>\n` : ''}${e.code}\n</body></html>`;

      const context = await browser.newContext();
      const requests: string[] = [];
      // nothing may leave the local server; abort anything that tries, and record it
      await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
      const tab = await context.newPage();
      tab.on('request', (r) => requests.push(r.url()));
      const pageErrors: string[] = [];
      tab.on('pageerror', (err) => pageErrors.push(String(err)));
      await tab.addInitScript(() => {
        const w = window as unknown as { attuneErrors: unknown[] };
        w.attuneErrors = [];
        document.addEventListener('attune-error', (event) => w.attuneErrors.push((event as CustomEvent).detail), true);
      });

      await tab.goto(`${server.origin}/`);
      const tags = await tab.evaluate(() => [...document.querySelectorAll('attune-screener, attune-battery, attune-report')].map((el) => el.localName));
      expect(tags.length, 'the example has an element').toBeGreaterThan(0);
      // each element settles on its first screen (the introduction's Start, or the report itself) or
      // on its problem message; then every one must be on its first screen
      const FIRST = { screen: '[part~="start-button"], [part~="report"]', problem: '[part~="problem"]' };
      await tab.waitForFunction(
        (sel) => [...document.querySelectorAll('attune-screener, attune-battery, attune-report')].every((el) => el.shadowRoot?.querySelector(`${sel.screen}, ${sel.problem}`)),
        FIRST,
        { timeout: 15_000 },
      );
      const notShown = await tab.evaluate(
        (sel) =>
          [...document.querySelectorAll('attune-screener, attune-battery, attune-report')]
            .filter((el) => !el.shadowRoot?.querySelector(sel.screen) || el.shadowRoot.querySelector(sel.problem))
            .map((el) => el.localName),
        FIRST,
      );

      expect(await tab.evaluate(() => (window as unknown as { attuneErrors: unknown[] }).attuneErrors)).toEqual([]);
      expect(notShown, 'elements not on their first screen').toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
      await context.close();
    });
  }
});
