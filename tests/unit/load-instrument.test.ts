// The browser loads each built-in instrument on demand (src/instruments/load-instrument.ts); the DOM-free
// core uses the static catalog. Both must offer the same instruments, in the same order, identical.
import { describe, expect, it } from 'vitest';
import { instrumentIds, instruments } from '../../src/core.js';
import { builtInIds, loadInstrument } from '../../src/instruments/load-instrument.js';

describe('instruments loaded on demand', () => {
  it("are the catalog's, in the same order", () => {
    expect(builtInIds).toEqual(instrumentIds);
  });

  it.each(instrumentIds)('%s loads the very definition the core scores with', async (id) => {
    expect(await loadInstrument(id)).toBe(instruments[id]);
  });

  it('an unknown id loads nothing, and a known one loads once', () => {
    expect(loadInstrument('pcl-6')).toBeUndefined();
    expect(loadInstrument('constructor')).toBeUndefined();
    expect(loadInstrument('pcl-5')).toBe(loadInstrument('pcl-5'));
  });
});
