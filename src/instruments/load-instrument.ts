/**
 * The built-in instruments for the browser elements, each loaded only when a page asks for it: a page
 * with one screener downloads one instrument's wording, not all eight. The ids and loaders are the
 * registry's (registry.ts). The ES build turns each into a module of its own
 * (`dist/instruments/<id>.js`); the script-tag build loads the same file from beside the script (see
 * rollup.config.mjs). The DOM-free core keeps the static catalog (catalog.ts).
 */
import type { InstrumentDefinition } from '../model/instrument.js';
import { builtInIds as ids, builtInLoaders, isBuiltInId } from './registry.js';

/** Ids of the built-in instruments, in the order README lists them. */
export const builtInIds: readonly string[] = ids;

const loading = new Map<string, Promise<InstrumentDefinition>>();

/** The built-in instrument with this id, loaded once per page; undefined for an id that is not built in. */
export function loadInstrument(id: string): Promise<InstrumentDefinition> | undefined {
  if (!isBuiltInId(id)) return undefined;
  let definition = loading.get(id);
  if (!definition) {
    // a failed load (file missing beside the script, network gone) is not remembered: the next try loads again
    definition = builtInLoaders[id]().catch((error: unknown) => {
      loading.delete(id);
      throw error;
    });
    loading.set(id, definition);
  }
  return definition;
}
