/**
 * The one list of built-in instruments: each id, in the order README lists them, with the loader of
 * its data module. Everything that needs the list reads it from here: the lazy loader the elements
 * use (load-instrument.ts), the static catalog of the DOM-free core (catalog.ts, which the compiler
 * holds to these ids), and the build (rollup.config.mjs reads the `import('./<id>.js')` lines below to
 * emit `dist/instruments/<id>.js` and to make the script-tag bundle load them from beside the script).
 *
 * Adding an instrument: its data module `<id>.ts` (a definition that passes `InstrumentSchema`), one
 * line here in the form `'<id>': () => import('./<id>.js').then((m) => m.<name>)`, the same definition
 * in catalog.ts (a compile error until it is there), and its tests.
 */
import type { InstrumentDefinition } from '../model/instrument.js';

export const builtInLoaders = {
  'pcl-5': () => import('./pcl-5.js').then((m) => m.pcl5),
  'pc-ptsd-5': () => import('./pc-ptsd-5.js').then((m) => m.pcPtsd5),
  itq: () => import('./itq.js').then((m) => m.itq),
  'ecr-rs': () => import('./ecr-rs.js').then((m) => m.ecrRs),
  'ecr-r': () => import('./ecr-r.js').then((m) => m.ecrR),
  'phq-9': () => import('./phq-9.js').then((m) => m.phq9),
  'gad-7': () => import('./gad-7.js').then((m) => m.gad7),
  'ies-r': () => import('./ies-r.js').then((m) => m.iesR),
} as const satisfies Readonly<Record<string, () => Promise<InstrumentDefinition>>>;

/** The id of a built-in instrument. */
export type BuiltInId = keyof typeof builtInLoaders;

/** Ids of the built-in instruments, in the order README lists them. */
export const builtInIds: readonly BuiltInId[] = Object.keys(builtInLoaders) as BuiltInId[];

/** Whether `id` names a built-in instrument (own keys only: `constructor` is not one). */
export function isBuiltInId(id: string): id is BuiltInId {
  return Object.hasOwn(builtInLoaders, id);
}
