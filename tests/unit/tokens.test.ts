// Design tokens, as Material Web tests them: every `--attune-*` custom property an element's styles use
// is documented on that element (JSDoc @cssprop, hence custom-elements.json and the editors) and in
// docs/theming.md; every documented one is used; each default in the CSS is the documented one (light or dark).
// The elements' styles are read as the browser gets them (`elementStyles`, after Lit finalizes them),
// so a token counts for an element only if the styles it adopts carry it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { elementsOf, generateManifest, root, type ElementDoc } from './manifest.js';

interface StyledClass {
  finalize(): void;
  elementStyles: { cssText: string }[];
}

const TOKEN_USE = /var\(\s*(--attune-[a-z0-9-]+)/g;
const PRIVATE_DEF = /(--_[a-z0-9-]+)\s*:\s*var\(\s*(--attune-[a-z0-9-]+)/g;
const PRIVATE_USE = /var\(\s*(--_[a-z0-9-]+)/g;
const FALLBACK = /var\(\s*(--attune-[a-z0-9-]+)\s*,\s*([^()]*?)\s*\)/g;

const sorted = (set: Iterable<string>) => [...set].sort();
const minus = (a: Iterable<string>, b: Set<string>) => sorted([...a].filter((x) => !b.has(x)));

/**
 * The tokens a stylesheet really uses: read directly (`var(--attune-x)`), or read into a private
 * variable (`--_x: var(--attune-x, …)`) that some rule then uses. A palette entry no rule of this
 * element reads does not count, so an element documents only what changes its look.
 */
export function usedTokens(cssText: string): Set<string> {
  const privateOf = new Map<string, string>();
  for (const [, priv, token] of cssText.matchAll(PRIVATE_DEF)) privateOf.set(priv!, token!);
  const withoutDefs = cssText.replace(PRIVATE_DEF, '');
  const used = new Set<string>([...withoutDefs.matchAll(TOKEN_USE)].map((m) => m[1]!));
  for (const [, priv] of cssText.matchAll(PRIVATE_USE)) if (privateOf.has(priv!)) used.add(privateOf.get(priv!)!);
  return used;
}

/** The dark default a token's description names ("Dark: `#161b22`."), if any. */
const darkDefault = (description = '') => /Dark: `([^`]+)`/.exec(description)?.[1];

let elements: ElementDoc[];
const css = new Map<string, string>();

beforeAll(async () => {
  elements = elementsOf(generateManifest());
  for (const el of elements) {
    const module = (await import(/* @vite-ignore */ join(root, el.module))) as Record<string, StyledClass>;
    const cls = module[el.name]!;
    cls.finalize();
    css.set(el.tagName, cls.elementStyles.map((s) => s.cssText).join('\n'));
  }
}, 60_000);

describe('design tokens', () => {
  it('finds the elements and their styles', () => {
    expect(elements.map((e) => e.tagName)).toContain('attune-screener');
    for (const el of elements) expect(usedTokens(css.get(el.tagName)!).size, el.tagName).toBeGreaterThan(0);
  });

  it('every token an element uses is documented on it (@cssprop)', () => {
    for (const el of elements) {
      const documented = new Set((el.cssProperties ?? []).map((p) => p.name));
      expect(minus(usedTokens(css.get(el.tagName)!), documented), `${el.tagName}: used but not documented`).toEqual([]);
    }
  });

  it('every token documented on an element is used by it', () => {
    for (const el of elements) {
      const used = usedTokens(css.get(el.tagName)!);
      expect(
        minus(
          (el.cssProperties ?? []).map((p) => p.name),
          used,
        ),
        `${el.tagName}: documented but unused`,
      ).toEqual([]);
    }
  });

  it('each default in the CSS is the documented default, or the documented dark default', () => {
    for (const el of elements) {
      const docs = new Map((el.cssProperties ?? []).map((p) => [p.name, p]));
      for (const [, token, fallback] of css.get(el.tagName)!.matchAll(FALLBACK)) {
        const doc = docs.get(token!);
        if (!doc) continue; // reported by the test above
        expect([doc.default, darkDefault(doc.description)], `${el.tagName} ${token} falls back to ${fallback}`).toContain(fallback);
      }
    }
  });

  it('every colour token has a dark default, and dark defaults agree between elements', () => {
    const dark = new Map<string, string | undefined>();
    for (const el of elements) {
      for (const p of el.cssProperties ?? []) {
        if (!p.name.startsWith('--attune-color-')) continue;
        expect(darkDefault(p.description), `${el.tagName} ${p.name} has no "Dark: \`…\`" in its description`).toBeTruthy();
        if (dark.has(p.name)) expect(darkDefault(p.description), `${p.name} on ${el.tagName}`).toBe(dark.get(p.name));
        dark.set(p.name, darkDefault(p.description));
      }
    }
  });

  it('no token in the source is left out: every --attune-* in src/ is documented on some element', () => {
    const documented = new Set(elements.flatMap((el) => (el.cssProperties ?? []).map((p) => p.name)));
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const undocumented: string[] = [];
    for (const file of files) {
      // comments name tokens in prose; only code counts
      const code = readFileSync(join(root, 'src', file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const [, token] of code.matchAll(TOKEN_USE)) if (!documented.has(token!)) undocumented.push(`${file}: ${token}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('no inline style attribute anywhere in the templates (styling is tokens and parts only)', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const inline = files.filter((f) => /<[a-z][^>]*\sstyle=/i.test(readFileSync(join(root, 'src', f), 'utf8')));
    expect(inline).toEqual([]);
  });
});

// The theming guide's token table and parts list (generated by `npm run docs`; docs-api-tables.test.ts
// checks they are what the generator writes, this checks them against the manifest on their own).
describe('docs/theming.md', () => {
  const page = readFileSync(join(root, 'docs', 'theming.md'), 'utf8');
  const section = (title: string) => {
    const start = page.indexOf(`\n## ${title}\n`);
    if (start < 0) throw new Error(`docs/theming.md has no "## ${title}" section`);
    const end = page.slice(start + 1).search(/\n#{2} /);
    return end < 0 ? page.slice(start) : page.slice(start, start + 1 + end);
  };
  // a token several elements document is listed with the screener's default (the report's max width
  // differs and is noted beside it), whatever order the manifest's modules come in
  const ORDER = ['attune-screener', 'attune-battery', 'attune-report'];

  it('lists every token, and no other, in its token table (with the same defaults)', () => {
    const table = section('Tokens');
    const rows = [...table.matchAll(/^\| `(--attune-[a-z0-9-]+)` \| `([^`]+)` \| (?:`([^`]+)`|) ?\|/gm)];
    const byOrder = [...elements].sort((a, b) => ORDER.indexOf(b.tagName) - ORDER.indexOf(a.tagName));
    const documented = new Map(byOrder.flatMap((el) => (el.cssProperties ?? []).map((p) => [p.name, p] as const)));
    expect(sorted(rows.map((r) => r[1]!))).toEqual(sorted(documented.keys()));
    for (const [, name, light, dark] of rows) {
      const doc = documented.get(name!)!;
      expect(light, `docs/theming.md default of ${name}`).toBe(doc.default);
      expect(dark, `docs/theming.md dark default of ${name}`).toBe(darkDefault(doc.description));
    }
  });

  it('lists every part of every element, and no other', () => {
    const parts = section('Parts');
    for (const el of elements) {
      const line = new RegExp(`^- \`<${el.tagName}>\`: (.*)$`, 'm').exec(parts);
      expect(line, `docs/theming.md "## Parts" has no line for <${el.tagName}>`).toBeTruthy();
      const listed = [...line![1]!.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]!);
      expect(sorted(listed), `<${el.tagName}> parts in docs/theming.md`).toEqual(sorted((el.cssParts ?? []).map((p) => p.name)));
    }
  });
});
