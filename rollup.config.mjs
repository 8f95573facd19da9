// Two builds of one source tree:
//   dist/attune.js, define.js, core.js, attune-validate.js   ES modules (Lit and zod bundled in, so a
//       plain <script type="module"> works without an import map); core.js never imports Lit or the DOM
//   dist/attune.iife.js   the classic <script src> bundle; registers the client's elements
//   dist/attune-report.iife.js   the same for the clinician's <attune-report>
// zod is needed in the browser only for a practice's own definition, so it is loaded lazily: a shared
// chunk in the ES build, and attune-validate.js beside the script in the script-tag build.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = () => [
  // default export conditions pick Lit's production build (no dev-mode warnings in what practices ship)
  nodeResolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', rootDir: 'src', sourceMap: true }),
];
const minify = (module) => terser({ ecma: 2020, module, format: { comments: false } });

// A classic script cannot share chunks, and a bare import() there resolves against the page, not the
// script: load the validator module from the script's own URL, captured while the script runs.
const MARK = '\0attune-validator';
const validatorBesideScript = {
  name: 'attune-validator-beside-script',
  resolveDynamicImport(specifier, importer) {
    return importer?.endsWith('load-validator.ts') ? { id: MARK, external: true } : null;
  },
  renderChunk(code) {
    const call = /import\((['"])\0attune-validator\1\)/;
    if (!call.test(code)) this.error('attune: the lazy validator import was not found in the script-tag bundle');
    return { code: code.replace(call, 'import(new URL("attune-validate.js", attuneScriptSrc || document.baseURI).href)'), map: null };
  },
};

export default [
  {
    input: { attune: 'src/index.ts', define: 'src/define.ts', 'define-report': 'src/define-report.ts', core: 'src/core.ts', 'attune-validate': 'src/validate.ts', react: 'src/react.ts' },
    // attune-screeners/react uses the application's own React (an optional peer dependency); @lit/react is bundled
    external: (id) => id === 'react' || id.startsWith('react/'),
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true, plugins: [minify(true)] },
    plugins: plugins(),
  },
  // the client's script tag, and the clinician report's own (a client's phone never loads the report)
  ...[
    ['src/define.ts', 'dist/attune.iife.js'],
    ['src/define-report.ts', 'dist/attune-report.iife.js'],
  ].map(([input, file]) => ({
    input,
    output: {
      file,
      format: 'iife',
      name: 'Attune',
      sourcemap: true,
      intro: 'var attuneScriptSrc = document.currentScript && document.currentScript.src;',
      plugins: [minify(false)],
    },
    plugins: [...plugins(), validatorBesideScript],
  })),
];
