// Builds the library for the bench into a folder of its own (default .bench/dist), with the project's
// own rollup.config.mjs, so a bench run never races another engineer's `npm run build` over dist/ and
// always measures the source as it stands.
import { rollup } from 'rollup';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

// The project's TypeScript plugin type-checks the whole program on every build (a minute on two busy
// cores, and `npm run build` has just done that). The bench swaps it for a per-file transpile with the
// same compiler options (tsconfig has isolatedModules, so each file compiles alone to the same
// JavaScript; the plugin always imports helpers from tslib); checkSameBytes() compares the result with
// the project plugin's.
function transpileOnly() {
  const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, process.cwd());
  const compilerOptions = { ...options, importHelpers: true, declaration: false, declarationMap: false, sourceMap: true, inlineSourceMap: false, noEmit: false };
  return {
    name: 'bench-transpile-only',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const ts_ = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(ts_) ? ts_ : null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = ts.transpileModule(code, { compilerOptions, fileName: id });
      return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: out.sourceMapText };
    },
  };
}

async function configs() {
  // a fresh import each time: the config module creates its plugin instances at load
  const mod = await import(`../../rollup.config.mjs?t=${Date.now()}${Math.random()}`);
  return mod.default.map((c) => {
    const plugins = (c.plugins ?? []).filter((p) => p?.name !== 'typescript');
    if (plugins.length === (c.plugins ?? []).length) throw new Error('bench: rollup.config.mjs has no typescript plugin to swap');
    return { ...c, plugins: [transpileOnly(), ...plugins] };
  });
}

// Generated in memory with the config's own output options (the TypeScript plugin insists that they
// name dist/), then written under outDir instead.
async function buildOne(config, outDir, extraPlugins = []) {
  const { output, ...input } = config;
  const bundle = await rollup({ ...input, plugins: [...extraPlugins, ...(input.plugins ?? [])], onwarn: () => {} });
  try {
    for (const o of [].concat(output)) {
      const { output: files } = await bundle.generate(o);
      for (const f of files) {
        const path = join(outDir, f.fileName);
        mkdirSync(dirname(path), { recursive: true });
        if (f.type === 'asset') writeFileSync(path, f.source);
        else {
          writeFileSync(path, f.code);
          if (f.map) writeFileSync(`${path}.map`, f.map.toString());
        }
      }
    }
  } finally {
    await bundle.close();
  }
}

// the build whose entry becomes the script tag (tools/build/script-tag-entry.mjs)
const isScriptTag = (c) => (c.plugins ?? []).some((p) => p?.name === 'attune-script-tag-from-entry');

/** Both builds (ES modules and the script-tag bundle) into outDir. */
export async function buildAll(outDir) {
  for (const c of await configs()) await buildOne(c, outDir);
}

/** Builds the script-tag bundle both ways (project plugin, bench transpile) and says whether the bytes match. */
export async function checkSameBytes() {
  const mod = await import(`../../rollup.config.mjs?t=${Date.now()}`);
  const real = mod.default.find(isScriptTag);
  const generate = async (config) => {
    const { output, ...input } = config;
    const bundle = await rollup({ ...input, onwarn: () => {} });
    try {
      const { output: files } = await bundle.generate([].concat(output)[0]);
      return String(files.find((f) => f.fileName === 'attune.iife.js').source).replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
    } finally {
      await bundle.close();
    }
  };
  const [a, b] = [await generate(real), await generate((await configs()).find(isScriptTag))];
  return { same: a === b, projectBytes: a.length, benchBytes: b.length };
}

export const builtAt = (outDir) => existsSync(join(outDir, 'attune.iife.js')) && existsSync(join(outDir, 'core.js'));
