// The build step that makes the client's entry the classic script tag (tools/build/script-tag-entry.mjs),
// run through rollup on small entries: what the script and the module handing its code on hold, and the
// entries it must refuse.
import { rollup, type Plugin } from 'rollup';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SHARED_KEY, scriptTagFromEntry, sharedModule } from '../../tools/build/script-tag-entry.mjs';

/** Builds `files` (name -> source; `entry.js` is the entry) as the client build does, to memory. */
async function build(files: Record<string, string>) {
  const virtual: Plugin = {
    name: 'virtual',
    resolveId: (id) => (id.replace(/^\.\//, '') in files ? id.replace(/^\.\//, '') : null),
    load: (id) => files[id] ?? null,
  };
  const bundle = await rollup({
    input: { 'client/attune': 'entry.js' },
    plugins: [virtual, scriptTagFromEntry({ entry: 'client/attune.js', scriptTag: 'attune.iife.js' })],
    onwarn: () => {},
  });
  try {
    const { output } = await bundle.generate({ format: 'es', dir: 'out', entryFileNames: '[name].js', chunkFileNames: 'client/[name].js', sourcemap: true });
    return Object.fromEntries(output.map((f) => [f.fileName, f.type === 'asset' ? String(f.source) : f.code]));
  } finally {
    await bundle.close();
  }
}

/** Runs a classic script as a page would, with `document.currentScript` at `src`. */
function runScript(code: string, src = 'https://practice.example/attune/attune.iife.js') {
  const globalThis_: Record<string | symbol, unknown> = {};
  const context = { document: { currentScript: { src }, baseURI: 'https://practice.example/' }, URL, globalThis: globalThis_ };
  runInNewContext(code, context);
  return globalThis_[Symbol.for(SHARED_KEY)] as Record<string, unknown> | undefined;
}

describe('the script tag made from the client’s entry', () => {
  it('runs the entry as a classic script, leaves its exports on the page, and hands them to the chunks', async () => {
    const out = await build({
      'entry.js': 'export const greet = (n) => "hello " + n; export class Shared {} export const here = import.meta.url; export const later = () => import("./later.js");',
      'later.js': 'import { greet } from "./entry.js"; export const said = greet("later");',
    });
    expect(Object.keys(out).sort()).toEqual(['attune.iife.js', 'attune.iife.js.map', 'client/attune.js', 'client/later.js', 'client/later.js.map']);
    const script = out['attune.iife.js']!;
    expect(script.startsWith('"use strict";\n')).toBe(true);
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    const shared = runScript(script)!;
    expect(Object.keys(shared).length).toBeGreaterThanOrEqual(4);
    // import.meta.url is the address the entry would have had, beside its chunks
    expect(Object.values(shared)).toContain('https://practice.example/attune/client/attune.js');
    // a dynamic import resolves against that address, as the module's would, not against the page
    expect(script).toMatch(/import\(new URL\(['"]\.\/later\.js['"],\s*attuneModuleUrl\)\.href\)/);
    // the chunk imports client/attune.js, which reads every export the entry left
    expect(out['client/later.js']).toMatch(/from\s*['"]\.\/attune\.js['"]/);
    for (const name of Object.keys(shared)) expect(out['client/attune.js']).toContain(name);
  });

  it('runs once on a page that pastes it twice', async () => {
    const out = await build({ 'entry.js': 'export const made = {};' });
    const first = runScript(out['attune.iife.js']!);
    const context = { document: { currentScript: { src: 'https://x/attune.iife.js' } }, URL, globalThis: { [Symbol.for(SHARED_KEY)]: first } };
    runInNewContext(out['attune.iife.js']!, context);
    expect(context.globalThis[Symbol.for(SHARED_KEY)]).toBe(first);
  });

  it('refuses an entry that imports statically, or reassigns a binding it exports', async () => {
    await expect(build({ 'entry.js': 'export let count = 0; export const bump = () => { count++; };' })).rejects.toThrow(/reassigns/);
    await expect(build({ 'entry.js': 'import "https://elsewhere.example/x.js"; export const a = 1;' })).rejects.toThrow(/must import nothing statically/);
  });
});

describe('the module that hands the script tag’s code to the chunks', () => {
  it('names each export, aliasing one that is a reserved word, and says what is missing when the script has not run', () => {
    const source = sharedModule(['a', 'in', '$'], 'attune.iife.js');
    expect(source).toMatch(/export\{a,e1 as "in",\$\}/);
    expect(() => runInNewContext(source.replace(/export\{[^}]*\};/, ''), { globalThis: {} })).toThrow(/load attune\.iife\.js \(the script tag\) before the files beside it/);
  });
});
