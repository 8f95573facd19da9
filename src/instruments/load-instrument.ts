/**
 * The built-in instruments for the browser elements, each loaded only when a page asks for it: a page
 * with one screener downloads one instrument's wording, not all eight. The ES build turns each into a
 * module of its own (`dist/instruments/<id>.js`); the script-tag build loads the same file from beside
 * the script (see rollup.config.mjs). The DOM-free core keeps the static catalog (catalog.ts), which a
 * unit test holds equal to this list.
 */
import type { InstrumentDefinition } from '../model/instrument.js';

const loaders: Readonly<Record<string, () => Promise<InstrumentDefinition>>> = {
  'pcl-5': () => import('./pcl-5.js').then((m) => m.pcl5),
  'pc-ptsd-5': () => import('./pc-ptsd-5.js').then((m) => m.pcPtsd5),
  itq: () => import('./itq.js').then((m) => m.itq),
  'ecr-rs': () => import('./ecr-rs.js').then((m) => m.ecrRs),
  'ecr-r': () => import('./ecr-r.js').then((m) => m.ecrR),
  'phq-9': () => import('./phq-9.js').then((m) => m.phq9),
  'gad-7': () => import('./gad-7.js').then((m) => m.gad7),
  'ies-r': () => import('./ies-r.js').then((m) => m.iesR),
};

/** Ids of the built-in instruments, in the order README lists them. */
export const builtInIds: readonly string[] = Object.keys(loaders);

const loading = new Map<string, Promise<InstrumentDefinition>>();

/** The built-in instrument with this id, loaded once per page; undefined for an id that is not built in. */
export function loadInstrument(id: string): Promise<InstrumentDefinition> | undefined {
  if (!Object.hasOwn(loaders, id)) return undefined;
  let definition = loading.get(id);
  if (!definition) {
    // a failed load (file missing beside the script, network gone) is not remembered: the next try loads again
    definition = loaders[id]!().catch((error: unknown) => {
      loading.delete(id);
      throw error;
    });
    loading.set(id, definition);
  }
  return definition;
}
