import type { InstrumentDefinition } from './instrument.js';

/**
 * True when a definition leaves some wording out (its licence forbids shipping it) and cannot be
 * shown without a text pack. Kept apart from the text pack's schema so the script-tag bundle can ask
 * without loading zod.
 */
export function needsTextPack(def: InstrumentDefinition): boolean {
  return def.items.some((item) => item.text === undefined);
}
