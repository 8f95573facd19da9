// The browser loads each built-in instrument on demand (src/instruments/load-instrument.ts); the DOM-free
// core uses the static catalog. Both must offer the same instruments, in the same order, identical.
import { describe, expect, it, vi } from 'vitest';
import { instrumentIds, instruments } from '../../src/core.js';
import { builtInIds, loadInstrument } from '../../src/instruments/load-instrument.js';
import { translationLoaders } from '../../src/instruments/translations.js';

// instruments with a published translation: the core's catalog carries it, the browser loads it for its locale
const translated = new Set(Object.keys(translationLoaders).map((key) => key.split('.')[0]!));

describe('instruments loaded on demand', () => {
  it("are the catalog's, in the same order", () => {
    expect(builtInIds).toEqual(instrumentIds);
  });

  it.each(instrumentIds.filter((id) => !translated.has(id)))('%s loads the very definition the core scores with', async (id) => {
    expect(await loadInstrument(id)).toBe(instruments[id]);
    expect(await loadInstrument(id, 'es')).toBe(instruments[id]);
  });

  it.each([...translated])('%s loads the definition the core scores with: its translations with a locale that has one, none without', async (id) => {
    expect(await loadInstrument(id, 'es-MX')).toEqual(instruments[id]);
    expect(await loadInstrument(id, 'es')).toBe(await loadInstrument(id, 'es-US'));
    const { translations, ...english } = instruments[id]!;
    expect(Object.keys(translations ?? {})).toEqual(['es-US']);
    expect(await loadInstrument(id)).toEqual(english);
    expect(await loadInstrument(id, 'fr')).toBe(await loadInstrument(id));
  });

  it('an unknown id loads nothing, and a known one loads once', () => {
    expect(loadInstrument('pcl-6')).toBeUndefined();
    expect(loadInstrument('constructor')).toBeUndefined();
    expect(loadInstrument('pcl-5')).toBe(loadInstrument('pcl-5'));
  });

  it('gives a loaded instrument at once, in the language it was loaded for, and nothing before', async () => {
    // a page of its own: nothing loaded on it yet
    vi.resetModules();
    const { loadedInstrument, loadInstrument } = await import('../../src/instruments/load-instrument.js');
    expect(loadedInstrument('phq-9', 'es')).toBeUndefined();
    expect(loadedInstrument('phq-9')).toBeUndefined();
    const spanish = await loadInstrument('phq-9', 'es');
    expect(loadedInstrument('phq-9', 'es')).toBe(spanish);
    expect(loadedInstrument('phq-9', 'es-MX')).toBe(spanish);
    expect(loadedInstrument('phq-9')).toBe(await loadInstrument('phq-9'));
    expect(loadedInstrument('pcl-6')).toBeUndefined();
    expect(loadedInstrument('constructor')).toBeUndefined();
  });
});
