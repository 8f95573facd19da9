// The build's view of the source registries (src/instruments/registry.ts, src/i18n/locales.ts), so the
// list of built-in instruments and UI languages is written once, in the source, and rollup.config.mjs
// reads it instead of keeping a copy. tests/unit/registries.test.ts holds what is read here equal to
// what the TypeScript modules export.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

/** The registry of built-in instruments. */
export const INSTRUMENT_REGISTRY = 'src/instruments/registry.ts';
/** The registry of UI languages. */
export const LOCALE_REGISTRY = 'src/i18n/locales.ts';

/**
 * The keys of a registry whose loader is a lazy `import('./<key>.js')`, in source order. Each such
 * module is its own file in the build, named after the key, so a key that differs from its file is
 * refused rather than built under a name the loader will not ask for.
 */
export function lazyKeys(registry) {
  const source = readFileSync(fileURLToPath(new URL(registry, root)), 'utf8');
  const keys = [];
  for (const m of source.matchAll(/^\s*(?:'([\w-]+)'|(\w+)):\s*\(\)\s*=>\s*import\(\s*'\.\/([\w-]+)\.js'\s*\)/gm)) {
    const key = m[1] ?? m[2];
    if (key !== m[3]) throw new Error(`${registry}: "${key}" loads ./${m[3]}.js; a lazily loaded module must be named after its key`);
    keys.push(key);
  }
  if (!keys.length) throw new Error(`${registry}: no lazily loaded entries found`);
  return keys;
}

/** Ids of the built-in instruments, each built as dist/instruments/<id>.js. */
export const instrumentIds = () => lazyKeys(INSTRUMENT_REGISTRY);
/** UI languages loaded on demand, each built as dist/i18n/<locale>.js (English is part of the script). */
export const lazyLocales = () => lazyKeys(LOCALE_REGISTRY);

/** The registry of instruments' wording in other languages (absent until the first translation ships). */
export const TRANSLATION_REGISTRY = 'src/instruments/translations.ts';

/**
 * Keys `<id>.<locale>` of the translations of built-in instruments' wording, each built as
 * dist/instruments/<id>.<locale>.js, read from lines `'<id>.<locale>': () => import('./<id>.<locale>.js')`.
 * None while the registry does not exist.
 */
export function translationKeys() {
  const file = fileURLToPath(new URL(TRANSLATION_REGISTRY, root));
  if (!existsSync(file)) return [];
  const keys = [];
  for (const m of readFileSync(file, 'utf8').matchAll(/^\s*'([\w-]+\.[\w-]+)':\s*\(\)\s*=>\s*import\(\s*'\.\/([\w.-]+)\.js'\s*\)/gm)) {
    if (m[1] !== m[2]) throw new Error(`${TRANSLATION_REGISTRY}: "${m[1]}" loads ./${m[2]}.js; a lazily loaded module must be named after its key`);
    keys.push(m[1]);
  }
  return keys;
}
