// The script tag as one classic script that is also the client's shared code.
//
// The client is built as ES modules (code splitting: the battery, the finish screens, paged mode are
// files of their own, and they share one copy of Lit and the screener's code with the entry). A page
// pastes a classic <script src>, and a classic script cannot be imported from; the script tag used to
// be a small loader that import()ed the entry, which cost every page a second round trip before its
// first screen. Instead this plugin turns the entry chunk itself into the classic script:
//
//   - the entry's code runs inside a function, strict as a module is (and once per page); `import.meta.url` becomes the
//     address the entry would have had (dist/client/attune.js, next to the chunks it loads), taken from
//     the running script; each dynamic import() it makes is resolved against that address, as a
//     module's would be (a classic script's resolves against the page);
//   - what the entry exported (the code the chunks share) is left on the page under one symbol;
//   - dist/client/attune.js, the file the chunks import, becomes a module that hands them those
//     exports. It is evaluated only when the first chunk loads, after the script tag has run.
//
// A module export is a live binding and this hand-over is a copy, so the build fails if the entry
// reassigns anything it exports after defining it (the chunks would keep the old value).
import MagicString from 'magic-string';
import { analyze } from 'eslint-scope';
import { posix } from 'node:path';

/** The symbol the script tag leaves its shared code under (Symbol.for: one per page, whichever copy). */
export const SHARED_KEY = 'attune-screeners.client';

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(
    ' ',
  ),
);

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/**
 * The module dist/client/attune.js becomes: each export of the entry, read from what the script tag
 * left on the page. `exports` are the entry chunk's export names.
 */
export function sharedModule(exports, scriptTag) {
  const key = JSON.stringify(SHARED_KEY);
  const locals = exports.map((name, i) => (RESERVED.has(name) || !/^[A-Za-z_$][\w$]*$/.test(name) ? [name, `e${i}`] : [name, name]));
  const pattern = locals.map(([name, local]) => (name === local ? name : `${JSON.stringify(name)}:${local}`)).join(',');
  const list = locals.map(([name, local]) => (name === local ? name : `${local} as ${JSON.stringify(name)}`)).join(',');
  const missing = JSON.stringify(`attune: load ${scriptTag} (the script tag) before the files beside it`);
  // read inside a function of its own, so that no name of the module's can collide with an export's
  return (
    `// The code the client's files share, as the script tag (${scriptTag}) left it on the page when it ran.\n` +
    `const{${pattern}}=(()=>{const s=globalThis[Symbol.for(${key})];if(!s)throw new Error(${missing});return s})();export{${list}};\n`
  );
}

/**
 * @param {{ entry: string, scriptTag: string }} files the entry chunk's file name (relative to the
 *   output folder) and the classic script's
 */
export function scriptTagFromEntry({ entry, scriptTag }) {
  return {
    name: 'attune-script-tag-from-entry',
    renderChunk(code, chunk) {
      if (!chunk.isEntry || chunk.fileName !== entry) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      const shared = [];
      for (const node of ast.body) {
        if (node.type === 'ImportDeclaration') this.error(`attune: ${entry} must import nothing statically (a classic script cannot); it imports ${node.source.value}`);
        if (node.type === 'ExportAllDeclaration' || node.type === 'ExportDefaultDeclaration' || (node.type === 'ExportNamedDeclaration' && (node.source || node.declaration)))
          this.error(`attune: ${entry} exports in a form the script tag cannot hand over: ${code.slice(node.start, node.end)}`);
        if (node.type === 'ExportNamedDeclaration') {
          for (const s of node.specifiers) shared.push([s.exported.name ?? s.exported.value, s.local.name]);
          out.remove(node.start, node.end);
        }
      }
      // a chunk would keep the value a binding had when it was handed over
      walk(ast, (node) => (node.range = [node.start, node.end])); // eslint-scope reads ranges
      const scopes = analyze(ast, { ecmaVersion: 2024, sourceType: 'module' });
      const moduleScope = scopes.globalScope.childScopes.find((s) => s.type === 'module');
      for (const [name, local] of shared) {
        const variable = moduleScope.set.get(local);
        const later = variable?.references.filter((r) => r.isWrite() && !r.init) ?? [];
        if (later.length) this.error(`attune: ${entry} reassigns ${local} (exported as ${name}) after defining it; the script tag hands its exports over once`);
      }
      walk(ast, (node) => {
        if (node.type === 'MemberExpression' && node.object.type === 'MetaProperty') {
          if (node.property.name !== 'url') this.error(`attune: ${entry} reads import.meta.${node.property.name}, which a classic script has no value for`);
          out.overwrite(node.start, node.end, 'attuneModuleUrl');
        } else if (node.type === 'ImportExpression' && node.source.type === 'Literal') {
          // (a computed address is the code's own, made absolute: missing-file.ts)
          const { start, end } = node.source;
          out.overwrite(start, end, `new URL(${code.slice(start, end)},attuneModuleUrl).href`);
        }
      });
      const key = `Symbol.for(${JSON.stringify(SHARED_KEY)})`;
      // a page that pastes the script tag twice runs it once: the second copy's classes would not be the registered ones
      out.prepend(
        `(function(){if(globalThis[${key}])return;` +
          `var attuneModuleUrl=new URL(${JSON.stringify(posix.relative(posix.dirname(scriptTag), entry))},document.currentScript&&document.currentScript.src||document.baseURI).href;\n`,
      );
      out.append(`\nglobalThis[${key}]={${shared.map(([name, local]) => `${JSON.stringify(name)}:${local}`).join(',')}};})();\n`);
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      const chunk = bundle[entry];
      if (!chunk) this.error(`attune: no entry chunk ${entry} to make the script tag from`);
      delete bundle[entry];
      delete bundle[`${entry}.map`];
      const code = chunk.code.replace(/\/\/# sourceMappingURL=\S+\s*$/, '');
      // strict, as the module it was: the minifier drops a "use strict" inside it as redundant in a
      // module, so the directive is the script's first line (the map moves down one line with it)
      this.emitFile({ type: 'asset', fileName: scriptTag, source: `"use strict";\n${code.trimEnd()}\n//# sourceMappingURL=${posix.basename(scriptTag)}.map\n` });
      if (chunk.map) {
        // the map's sources are relative to the file; the script sits in another folder
        const from = posix.dirname(entry);
        const to = posix.dirname(scriptTag);
        const sources = chunk.map.sources.map((s) => posix.relative(to, posix.join(from, s)));
        const mappings = `;${chunk.map.mappings}`;
        this.emitFile({ type: 'asset', fileName: `${scriptTag}.map`, source: JSON.stringify({ ...chunk.map, file: posix.basename(scriptTag), sources, mappings }) });
      }
      this.emitFile({ type: 'asset', fileName: entry, source: sharedModule(chunk.exports, scriptTag) });
    },
  };
}
