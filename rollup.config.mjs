// Builds of one source tree:
//   dist/attune.js, define.js, core.js, attune-validate.js   ES modules (Lit and zod bundled in, so a
//       plain <script type="module"> works without an import map); core.js never imports Lit or the DOM
//   dist/attune.iife.js   the classic <script src> a practice pastes: it hints the page's files and
//       registers the screener, and it is the code the client's other files share (one copy of Lit)
//   dist/client/*.js   the client's later parts as ES modules: finish-screens.js the review and results
//       (loaded once a screener's first screen is up), attune-battery.js the battery (only a page with
//       one), paged mode, save and resume, submitting; client/attune.js hands them the script tag's code
//   dist/attune-report.iife.js   one classic script for the clinician's <attune-report>
//   dist/instruments/<id>.js   each built-in instrument, loaded only by a page that uses it
// zod is needed in the browser only for a practice's own definition, a text pack or stored answers, so
// it is loaded lazily too: a shared chunk in the ES build, attune-validate.js beside the script.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './tools/build/minify-templates.mjs';
import { INSTRUMENT_REGISTRY, LOCALE_REGISTRY, TRANSLATION_REGISTRY, instrumentIds, lazyLocales, translationKeys } from './tools/build/registries.mjs';
import { scriptTagFromEntry } from './tools/build/script-tag-entry.mjs';
import { BATTERY_FILES, CLIENT_ENTRY, SCRIPT_TAG, PAGED_FILES, SAVE_RESUME_FILES, SUBMISSION_FILES } from './tools/build/client-files.mjs';

const plugins = () => [
  // default export conditions pick Lit's production build (no dev-mode warnings in what practices ship)
  nodeResolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', rootDir: 'src', sourceMap: true }),
  // terser keeps template text byte for byte: indentation inside html`` and css`` was ~1.3% of the bundle
  minifyTemplates(),
];
// Two warnings come from zod's own sources and are harmless; each is silenced by its exact file, so
// any other warning (including another comment or cycle in zod) still prints:
// - zod 4.6 explains its `@__PURE__` placement in comments that themselves contain the text `@__PURE__`
//   (v4/core/regexes.js, v4/core/util.js); rollup drops those comments, not the annotations on the code.
// - v4/core/core.js and v4/core/util.js import each other, but each uses the other's export only inside
//   functions called after both have loaded, so the evaluation order rollup picks is safe.
const zodFile = (id, file) => typeof id === 'string' && id.replaceAll('\\', '/').endsWith(`/node_modules/zod/v4/core/${file}`);
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' && (zodFile(warning.id, 'regexes.js') || zodFile(warning.id, 'util.js'))) return;
  const cycle = warning.ids ?? [];
  if (warning.code === 'CIRCULAR_DEPENDENCY' && cycle.length === 3 && zodFile(cycle[0], 'core.js') && zodFile(cycle[1], 'util.js') && zodFile(cycle[2], 'core.js')) return;
  warn(warning);
};
const minify = (module) => terser({ ecma: 2020, module, compress: { passes: 2 }, format: { comments: false } });

// The built-in instruments, each a data module of its own (dist/instruments/<id>.js), loaded only by a
// page that asks for it, as listed once in src/instruments/registry.ts.
const INSTRUMENTS = instrumentIds();
// Their published translations likewise (dist/instruments/<id>.<language>.js), as listed in
// src/instruments/translations.ts: a page loads one only when its locale asks for that language.
const TRANSLATIONS = translationKeys();
// Every UI language but English (which is in the script) likewise: dist/i18n/<locale>.js, as listed in
// src/i18n/locales.ts.
const LOCALES = lazyLocales();

// The files loaded lazily from the library's own folder (the validator, the submission outbox, each
// instrument and translation, each language, save and resume's storage work) are the ES build's own
// files, whichever bundle asks for them: `\0attune-beside:<file>` until rendered, then an import of
// `<file>` relative to the dist/ folder by the rule `render` gives.
function lazyModulesBeside(render) {
  return {
    name: 'attune-lazy-modules-beside',
    resolveDynamicImport(specifier, importer) {
      if (importer?.endsWith('load-validator.ts')) return { id: '\0attune-beside:attune-validate.js', external: true };
      if (importer?.endsWith('load-outbox.ts')) return { id: '\0attune-beside:attune-outbox.js', external: true };
      if (importer?.endsWith('load-seal.ts')) return { id: '\0attune-beside:attune-seal.js', external: true };
      if (importer?.endsWith('load-open-sealed.ts')) return { id: '\0attune-beside:attune-open.js', external: true };
      if (importer?.endsWith('load-persistence.ts')) return { id: '\0attune-beside:attune-persist.js', external: true };
      const name = /^\.\/([\w.-]+)\.js$/.exec(specifier)?.[1];
      if (importer?.endsWith(INSTRUMENT_REGISTRY) && INSTRUMENTS.includes(name)) return { id: `\0attune-beside:instruments/${name}.js`, external: true };
      if (importer?.endsWith(TRANSLATION_REGISTRY) && TRANSLATIONS.includes(name)) return { id: `\0attune-beside:instruments/${name}.js`, external: true };
      if (importer?.endsWith(LOCALE_REGISTRY) && LOCALES.includes(name)) return { id: `\0attune-beside:i18n/${name}.js`, external: true };
      return null;
    },
    renderChunk(code) {
      const call = /import\((['"])\0attune-beside:([\w/.-]+)\1\)/g;
      const rewritten = code.replace(call, (_, _q, file) => render(file));
      if (rewritten.includes('\0attune-beside:')) this.error('attune: a lazy import was not rewritten to load from beside the script');
      return { code: rewritten, map: null };
    },
  };
}
// A classic script cannot share chunks, and a bare import() there resolves against the page, not the
// script: the report's script loads them from its own URL, captured while it runs.
const besideClassicScript = lazyModulesBeside((file) => `import(new URL("${file}", attuneScriptSrc || document.baseURI).href)`);
// The client's modules are all in dist/client/, one folder below the files they load.
const besideClientModules = lazyModulesBeside((file) => `import("../${file}")`);

// The files beside the script tag that its hints name, written into it as a module of its own.
const besideFilesModule = {
  name: 'attune-beside-files',
  resolveId: (id) => (id === 'attune:beside-files' ? '\0attune:beside-files' : null),
  load(id) {
    if (id !== '\0attune:beside-files') return null;
    const files = {
      instruments: INSTRUMENTS,
      locales: LOCALES,
      translations: TRANSLATIONS,
      battery: BATTERY_FILES,
      paged: PAGED_FILES,
      saveResume: SAVE_RESUME_FILES,
      submission: SUBMISSION_FILES,
    };
    return `export const besideFiles = ${JSON.stringify(files)};`;
  },
};

export default [
  {
    input: {
      attune: 'src/index.ts',
      define: 'src/define.ts',
      'define-report': 'src/define-report.ts',
      core: 'src/core.ts',
      'attune-validate': 'src/validate.ts',
      'attune-outbox': 'src/delivery/outbox-module.ts',
      'attune-seal': 'src/delivery/seal.ts',
      'attune-open': 'src/delivery/open-sealed.ts',
      'attune-persist': 'src/elements/internal/persistence.ts',
      react: 'src/react.ts',
      ...Object.fromEntries(INSTRUMENTS.map((id) => [`instruments/${id}`, `src/instruments/${id}.ts`])),
      ...Object.fromEntries(TRANSLATIONS.map((key) => [`instruments/${key}`, `src/instruments/${key}.ts`])),
      ...Object.fromEntries(LOCALES.map((locale) => [`i18n/${locale}`, `src/i18n/${locale}.ts`])),
    },
    // attune-screeners/react uses the application's own React (an optional peer dependency); @lit/react is bundled
    external: (id) => id === 'react' || id.startsWith('react/'),
    onwarn,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true, plugins: [minify(true)] },
    plugins: plugins(),
  },
  // the script tag a practice pastes (dist/attune.iife.js): the client's entry, made a classic script
  // (tools/build/script-tag-entry.mjs); the battery, the finish screens and paged mode are chunks of
  // their own in dist/client/, which read the code they share with it from the page
  {
    input: { [CLIENT_ENTRY.replace(/\.js$/, '')]: 'src/script-tag.ts' },
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'client/[name].js',
      sourcemap: true,
      plugins: [minify(true)],
    },
    plugins: [besideFilesModule, ...plugins(), besideClientModules, scriptTagFromEntry({ entry: CLIENT_ENTRY, scriptTag: SCRIPT_TAG })],
  },
  // the clinician report's own script (a client's phone never loads the report)
  {
    input: 'src/define-report.ts',
    output: {
      file: 'dist/attune-report.iife.js',
      format: 'iife',
      name: 'Attune',
      sourcemap: true,
      intro: 'var attuneScriptSrc = document.currentScript && document.currentScript.src;',
      plugins: [minify(false)],
    },
    plugins: [...plugins(), besideClassicScript],
    onwarn,
  },
];
