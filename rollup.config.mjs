// Three builds of one source tree:
//   dist/attune.js, dist/define.js, dist/core.js   ES modules (Lit and zod bundled in, so a plain
//                                                 <script type="module"> works without an import map)
//   dist/attune.iife.js                            the classic <script src> bundle; registers the elements
// core.js imports nothing from Lit: it is the DOM-free entry that scores in Node.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = () => [
  // default export conditions pick Lit's production build (no dev-mode warnings in what practices ship)
  nodeResolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', rootDir: 'src', sourceMap: true }),
];
const minify = (module) => terser({ ecma: 2020, module, format: { comments: false } });

export default [
  {
    input: { attune: 'src/index.ts', define: 'src/define.ts', core: 'src/core.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true, plugins: [minify(true)] },
    plugins: plugins(),
  },
  {
    input: 'src/define.ts',
    output: { file: 'dist/attune.iife.js', format: 'iife', name: 'Attune', sourcemap: true, plugins: [minify(false)] },
    plugins: plugins(),
  },
];
