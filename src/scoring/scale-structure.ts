/**
 * How a definition's scales nest: a subscale's items are all items of a larger scale (PCL-5 clusters
 * B-E of the total; ITQ Re, Av, Th of PTSD). Read from the item lists alone, so it holds for any
 * instrument, built-in or a practice's own.
 */
import type { InstrumentDefinition, Scale } from '../model/instrument.js';

export interface ScaleGroup {
  /** A scale that is part of no larger scale. */
  parent: Scale;
  /** Its subscales, in definition order (empty when it has none). */
  parts: Scale[];
}

/** Top-level scales with their subscales. A subscale belongs to the smallest scale that contains it. */
export function scaleGroups(def: InstrumentDefinition): ScaleGroup[] {
  const contains = (outer: Scale, inner: Scale) => outer !== inner && inner.items.length < outer.items.length && inner.items.every((id) => outer.items.includes(id));
  const parentOf = (scale: Scale) => def.scales.filter((outer) => contains(outer, scale)).sort((a, b) => a.items.length - b.items.length)[0];
  const top = def.scales.filter((s) => !parentOf(s));
  return top.map((parent) => ({ parent, parts: def.scales.filter((s) => parentOf(s) === parent) }));
}
