// The build reads the lists of built-in instruments and UI languages from the source registries
// (tools/build/registries.mjs), so each list is written once. What it reads must be what the modules export.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instrumentIds, lazyKeys, lazyLocales, translationKeys } from '../../tools/build/registries.mjs';
import { translationLoaders } from '../../src/instruments/translations.js';
import { builtInIds } from '../../src/instruments/registry.js';
import { instrumentIds as catalogIds } from '../../src/instruments/catalog.js';
import { locales } from '../../src/i18n/locales.js';

describe('the registries the build reads', () => {
  it('instruments: the ids the registry exports, in its order, which the static catalog keeps', () => {
    expect(instrumentIds()).toEqual([...builtInIds]);
    expect(catalogIds).toEqual([...builtInIds]);
  });

  it('translations: every key the translation registry exports, each named <instrument>.<language> for a built-in instrument', () => {
    expect(translationKeys()).toEqual(Object.keys(translationLoaders));
    for (const key of translationKeys()) expect(builtInIds).toContain(key.split('.')[0]);
  });

  it('locales: every shipped language but English, which is part of the script', () => {
    expect(lazyLocales()).toEqual(locales.filter((l) => l !== 'en'));
  });

  it('refuses a lazily loaded module not named after its key, and a file with no entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-registry-'));
    const mismatched = join(dir, 'mismatched.ts');
    writeFileSync(mismatched, "export const x = {\n  'pcl-5': () => import('./pcl5.js').then((m) => m.pcl5),\n};\n");
    expect(() => lazyKeys(mismatched)).toThrow(/"pcl-5" loads \.\/pcl5\.js/);
    const empty = join(dir, 'empty.ts');
    writeFileSync(empty, 'export const x = {};\n');
    expect(() => lazyKeys(empty)).toThrow(/no lazily loaded entries/);
  });
});
