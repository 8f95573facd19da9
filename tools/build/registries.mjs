// The build's view of the source registries (src/instruments/registry.ts, src/i18n/locales.ts), so the
// list of built-in instruments and UI languages is written once, in the source, and rollup.config.mjs
// reads it instead of keeping a copy. tests/unit/registries.test.ts holds what is read here equal to
// what the TypeScript modules export.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

/** The registry of built-in instruments. */
export const INSTRUMENT_REGISTRY = 'src/instruments/registry.ts';
/** The registry of the built-in instruments' published translations. */
export const TRANSLATION_REGISTRY = 'src/instruments/translations.ts';
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
  for (const m of source.matchAll(/^\s*(?:'([\w.-]+)'|(\w+)):\s*\(\)\s*=>\s*import\(\s*'\.\/([\w.-]+)\.js'\s*\)/gm)) {
    const key = m[1] ?? m[2];
    if (key !== m[3]) throw new Error(`${registry}: "${key}" loads ./${m[3]}.js; a lazily loaded module must be named after its key`);
    keys.push(key);
  }
  if (!keys.length) throw new Error(`${registry}: no lazily loaded entries found`);
  return keys;
}

/** Ids of the built-in instruments, each built as dist/instruments/<id>.js. */
export const instrumentIds = () => lazyKeys(INSTRUMENT_REGISTRY);
/** Published translations of built-in instruments (`<id>.<language>`), each built as dist/instruments/<key>.js. */
export const translationKeys = () => lazyKeys(TRANSLATION_REGISTRY);
/** UI languages loaded on demand, each built as dist/i18n/<locale>.js (English is part of the script). */
export const lazyLocales = () => lazyKeys(LOCALE_REGISTRY);
