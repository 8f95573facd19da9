// The layer rule of the design (docs/architecture.md, ../shared/design.md), checked on every import in
// src/: model ← instruments, model ← scoring ← session, export ← elements; the DOM-free layers never
// reach Lit or the elements; and no cycle of value imports anywhere (a cycle makes evaluation order,
// and so `undefined` at startup, depend on which file a bundle happens to load first). Imports are read
// with TypeScript's own parser, so a comment or a string that looks like an import is not one.
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Edge {
  from: string;
  /** A file under src/ (`src/model/answers.ts`) or a package (`lit`, `zod/mini`). */
  to: string;
  /** Erased by the compiler: no module is loaded for it. */
  typeOnly: boolean;
  /** `import()`: loaded later, so it cannot take part in an evaluation-order cycle. */
  dynamic: boolean;
}

type Layer = 'entry' | 'model' | 'instruments' | 'scoring' | 'session' | 'delivery' | 'export' | 'api' | 'i18n' | 'styles' | 'events' | 'elements';

/** Files directly in src/ that are entries: re-exports and define() only, free to import any layer. */
const ENTRIES = new Set(['index.ts', 'core.ts', 'define.ts', 'define-client.ts', 'define-report.ts', 'react.ts', 'script-tag.ts', 'validate.ts']);

/** Which layers each layer may import (itself included). */
const ALLOWED: Record<Exclude<Layer, 'entry'>, readonly Layer[]> = {
  model: ['model'],
  instruments: ['model', 'instruments'],
  scoring: ['model', 'scoring'],
  export: ['model', 'scoring', 'export'],
  session: ['model', 'scoring', 'session'],
  // the outbox and storage: the browser's fetch and Web Storage, behind injected interfaces
  delivery: ['model', 'session', 'delivery'],
  // the core entry's API: the one place an instrument id becomes a definition
  api: ['model', 'instruments', 'scoring', 'export', 'api'],
  i18n: ['model', 'i18n'],
  styles: ['styles'],
  // every attune-* event: its name and detail type
  events: ['model', 'scoring', 'session', 'delivery', 'i18n', 'events'],
  elements: ['model', 'instruments', 'scoring', 'session', 'delivery', 'export', 'i18n', 'styles', 'events', 'elements'],
};

/** Layers that compile with `lib: ES2022` alone (tsconfig.core.json) and so may not reach Lit. */
const DOM_FREE: readonly Layer[] = ['model', 'instruments', 'scoring', 'export', 'session', 'api', 'i18n'];

function layerOf(file: string): Layer | undefined {
  const [top, sub] = file.split('/').slice(1);
  if (sub === undefined) return ENTRIES.has(top!) ? 'entry' : top === 'events.ts' ? 'events' : undefined;
  return (Object.keys(ALLOWED) as Layer[]).find((layer) => layer === top);
}

/** Every import and re-export of one source file, type-only ones marked as such. */
function importsOf(file: string, text: string, exists: (path: string) => boolean): Edge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edges: Edge[] = [];
  const add = (specifier: string, typeOnly: boolean, dynamic: boolean) => edges.push({ from: file, to: resolve(file, specifier, exists), typeOnly, dynamic });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      // `import { type A } from` is erased whole (isolatedModules without verbatimModuleSyntax)
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly, false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      const typeOnly = node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly));
      add(node.moduleSpecifier.text, typeOnly, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) add(arg.text, false, true);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** `../model/answers.js` from `src/scoring/x.ts` is `src/model/answers.ts`; a package stays its name. */
function resolve(from: string, specifier: string, exists: (path: string) => boolean): string {
  if (!specifier.startsWith('.')) return specifier;
  const path = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [path.replace(/\.js$/, '.ts'), path, `${path}.ts`, `${path}/index.ts`];
  return candidates.find(exists) ?? path;
}

/** The edges that break the layer rule, each as `from → to (why)`. */
function forbiddenEdges(edges: readonly Edge[]): string[] {
  const out: string[] = [];
  for (const edge of edges) {
    const from = layerOf(edge.from);
    if (from === undefined) {
      out.push(`${edge.from}: in no layer (put it in a layer folder, or name it an entry in tests/unit/layers.test.ts)`);
      continue;
    }
    if (from === 'entry') continue;
    const isPackage = !edge.to.startsWith('src/');
    if (isPackage) {
      if (DOM_FREE.includes(from) && /^(lit|lit-html|lit-element)(\/|$)|^@lit\//.test(edge.to)) out.push(`${edge.from} → ${edge.to} (the ${from} layer is DOM-free)`);
      continue;
    }
    const to = layerOf(edge.to);
    // a lazily loaded entry is a bundle file of its own (load-validator.ts loads attune-validate.js, and
    // names its type): neither puts the entry's code in the importer's file
    if (to === 'entry') {
      if (!edge.dynamic && !edge.typeOnly) out.push(`${edge.from} → ${edge.to} (only entries import entries)`);
    } else if (to === undefined || !ALLOWED[from].includes(to)) out.push(`${edge.from} → ${edge.to} (${from} may import ${ALLOWED[from].join(', ')})`);
  }
  return [...new Set(out)];
}

/** Cycles among static value imports (strongly connected components, Tarjan), each as its files. */
function valueCycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (!e.typeOnly && !e.dynamic && e.to.startsWith('src/')) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return cycles;
}

function sourceFiles(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the layer rule, on every import in src/', () => {
  const files = sourceFiles();
  const known = new Set(files);
  const edges = files.flatMap((file) => importsOf(file, readFileSync(file, 'utf8'), (p) => known.has(p)));

  it('reads the imports it should (a sanity check of the reader itself)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(edges).toContainEqual({ from: 'src/scoring/score.ts', to: 'src/model/answers.ts', typeOnly: false, dynamic: false });
    expect(edges).toContainEqual({ from: 'src/instruments/registry.ts', to: 'src/instruments/pcl-5.ts', typeOnly: false, dynamic: true });
    expect(edges).toContainEqual({ from: 'src/instruments/pcl-5.ts', to: 'src/model/instrument.ts', typeOnly: true, dynamic: false });
    // every relative import names a file that exists
    expect(edges.filter((e) => e.to.startsWith('src/') && !known.has(e.to)).map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('has no forbidden edge between layers', () => {
    expect(forbiddenEdges(edges)).toEqual([]);
  });

  it('has no cycle of value imports', () => {
    expect(valueCycles(edges)).toEqual([]);
  });
});

describe('the checker, on synthetic graphs (it can fail)', () => {
  const edge = (from: string, to: string, options: Partial<Edge> = {}): Edge => ({ from, to, typeOnly: false, dynamic: false, ...options });

  it('refuses scoring looking up the catalog, model importing anything, the DOM-free code reaching Lit or the elements', () => {
    expect(
      forbiddenEdges([
        edge('src/scoring/score.ts', 'src/instruments/catalog.ts'),
        edge('src/model/instrument.ts', 'src/scoring/gates.ts', { typeOnly: true }),
        edge('src/export/questionnaire.ts', 'src/session/session.ts'),
        edge('src/session/session.ts', 'lit'),
        edge('src/model/a.ts', '@lit/reactive-element'),
        edge('src/session/session.ts', 'src/elements/attune-screener.ts'),
        edge('src/elements/x.ts', 'src/index.ts'),
        edge('src/elements/x.ts', 'src/validate.ts', { dynamic: true }),
        edge('src/stray.ts', 'src/model/a.ts'),
      ]),
    ).toEqual([
      'src/scoring/score.ts → src/instruments/catalog.ts (scoring may import model, scoring)',
      'src/model/instrument.ts → src/scoring/gates.ts (model may import model)',
      'src/export/questionnaire.ts → src/session/session.ts (export may import model, scoring, export)',
      'src/session/session.ts → lit (the session layer is DOM-free)',
      'src/model/a.ts → @lit/reactive-element (the model layer is DOM-free)',
      'src/session/session.ts → src/elements/attune-screener.ts (session may import model, scoring, session)',
      'src/elements/x.ts → src/index.ts (only entries import entries)',
      'src/stray.ts: in no layer (put it in a layer folder, or name it an entry in tests/unit/layers.test.ts)',
    ]);
  });

  it('allows the edges of the design, entries importing anything, and the elements using Lit', () => {
    expect(
      forbiddenEdges([
        edge('src/instruments/pcl-5.ts', 'src/model/instrument.ts', { typeOnly: true }),
        edge('src/export/questionnaire-response.ts', 'src/scoring/gates.ts'),
        edge('src/session/session.ts', 'src/scoring/gates.ts'),
        edge('src/api/resolve.ts', 'src/instruments/catalog.ts'),
        edge('src/elements/attune-screener.ts', 'lit'),
        edge('src/elements/attune-screener.ts', 'src/session/session.ts'),
        edge('src/core.ts', 'src/api/resolve.ts'),
        edge('src/define.ts', 'src/elements/attune-screener.ts'),
        edge('src/model/instrument.ts', 'zod/mini'),
      ]),
    ).toEqual([]);
  });

  it('finds value cycles, including one through a re-export, and ignores type-only and lazy edges', () => {
    expect(
      valueCycles([
        edge('src/a.ts', 'src/b.ts'),
        edge('src/b.ts', 'src/c.ts'),
        edge('src/c.ts', 'src/a.ts'),
        edge('src/d.ts', 'src/d.ts'),
        edge('src/e.ts', 'src/f.ts'),
        edge('src/f.ts', 'src/e.ts', { typeOnly: true }),
        edge('src/g.ts', 'src/h.ts'),
        edge('src/h.ts', 'src/g.ts', { dynamic: true }),
      ]),
    ).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts'], ['src/d.ts']]);
  });

  it('tells a type-only import from a value one, and reads import() but not comments', () => {
    const exists = () => true;
    const text = [
      "import type { A } from './a.js';",
      "import { type B } from './b.js';",
      "import { type C, d } from './c.js';",
      "import './side-effect.js';",
      "export type { E } from './e.js';",
      "export * from './f.js';",
      "// import { g } from './g.js';",
      "const h = () => import('./h.js');",
      'const s = "import { i } from \'./i.js\'";',
    ].join('\n');
    expect(importsOf('src/scoring/x.ts', text, exists).map((e) => [e.to, e.typeOnly, e.dynamic])).toEqual([
      ['src/scoring/a.ts', true, false],
      ['src/scoring/b.ts', true, false],
      ['src/scoring/c.ts', false, false],
      ['src/scoring/side-effect.ts', false, false],
      ['src/scoring/e.ts', true, false],
      ['src/scoring/f.ts', false, false],
      ['src/scoring/h.ts', false, true],
    ]);
  });
});
