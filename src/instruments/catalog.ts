/**
 * The built-in instruments, by id, loaded statically: the DOM-free core scores any of them
 * synchronously (`score('pcl-5', answers)`). Each passes the same schema as a practice's own definition
 * (tested). `ies-r` is structure and scoring only: its wording comes from a practice's text pack.
 *
 * The ids and their order are the registry's (registry.ts). ES modules cannot import statically from a
 * list held as data, so the definitions are named here once more; `satisfies` makes a missing or extra
 * id a compile error, and tests/unit/load-instrument.test.ts holds each to what the registry loads.
 */
import type { InstrumentDefinition } from '../model/instrument.js';
import { builtInIds, isBuiltInId, type BuiltInId } from './registry.js';
import { pcl5 } from './pcl-5.js';
import { pcPtsd5 } from './pc-ptsd-5.js';
import { itq } from './itq.js';
import { ecrRs } from './ecr-rs.js';
import { ecrR } from './ecr-r.js';
import { phq9 } from './phq-9.js';
import { gad7 } from './gad-7.js';
import { iesR } from './ies-r.js';
import { phq9Es } from './phq-9.es.js';
import { gad7Es } from './gad-7.es.js';
import { withTranslation } from '../model/localize-definition.js';

const byId = {
  'pcl-5': pcl5,
  'pc-ptsd-5': pcPtsd5,
  itq,
  'ecr-rs': ecrRs,
  'ecr-r': ecrR,
  // with their published translations, so a server exports a Spanish response in the wording the client saw
  'phq-9': withTranslation(phq9, phq9Es),
  'gad-7': withTranslation(gad7, gad7Es),
  'ies-r': iesR,
} satisfies Record<BuiltInId, InstrumentDefinition>;

/** The built-in instruments by id, in the registry's order. */
export const instruments: Readonly<Record<string, InstrumentDefinition>> = Object.freeze(Object.fromEntries(builtInIds.map((id) => [id, byId[id]])));

/** Ids of the built-in instruments, in the order README lists them. */
export const instrumentIds: readonly string[] = builtInIds;

/** The built-in instrument with this id; undefined for any other id. */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return isBuiltInId(id) ? byId[id] : undefined;
}
