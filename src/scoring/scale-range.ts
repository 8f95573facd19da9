/** The lowest and highest score a scale can take, for showing a score beside its possible range. */
import type { InstrumentDefinition, Scale } from '../model/instrument.js';
import { optionRange } from '../model/instrument-references.js';

export function scaleRange(def: InstrumentDefinition, scale: Scale): [number, number] {
  const items = new Map(def.items.map((item) => [item.id, item]));
  const [lo, hi] = scale.items.reduce(
    ([a, b], id) => {
      const [l, h] = optionRange(items.get(id)!);
      return [a + l, b + h];
    },
    [0, 0],
  );
  const n = scale.method === 'mean' ? scale.items.length : 1;
  return [lo / n, hi / n];
}

/** Sums as whole numbers, means to two decimals. */
export function formatScore(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
