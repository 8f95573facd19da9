/**
 * The built-in instruments for the browser elements, each loaded only when a page asks for it: a page
 * with one screener downloads one instrument's wording, not all eight. The ids and loaders are the
 * registry's (registry.ts). The ES build turns each into a module of its own
 * (`dist/instruments/<id>.js`); the script-tag build loads the same file from beside the script (see
 * rollup.config.mjs). The DOM-free core keeps the static catalog (catalog.ts).
 */
import type { InstrumentDefinition } from '../model/instrument.js';
import { loadOnce } from '../model/load-once.js';
import { builtInIds as ids, builtInLoaders, isBuiltInId, type BuiltInId } from './registry.js';

/** Ids of the built-in instruments, in the order README lists them. */
export const builtInIds: readonly string[] = ids;

const load = loadOnce((id: BuiltInId): Promise<InstrumentDefinition> => builtInLoaders[id]());

/** The built-in instrument with this id, loaded once per page; undefined for an id that is not built in. */
export function loadInstrument(id: string): Promise<InstrumentDefinition> | undefined {
  return isBuiltInId(id) ? load(id) : undefined;
}
