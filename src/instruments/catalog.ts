/**
 * The built-in instruments, by id. Each passes the same schema as a practice's own definition (tested).
 * `ies-r` is structure and scoring only: its wording comes from a practice's text pack.
 */
import type { InstrumentDefinition } from '../model/instrument.js';
import { pcl5 } from './pcl-5.js';
import { pcPtsd5 } from './pc-ptsd-5.js';
import { itq } from './itq.js';
import { ecrRs } from './ecr-rs.js';
import { ecrR } from './ecr-r.js';
import { phq9 } from './phq-9.js';
import { gad7 } from './gad-7.js';
import { iesR } from './ies-r.js';

export const instruments: Readonly<Record<string, InstrumentDefinition>> = Object.freeze({
  [pcl5.id]: pcl5,
  [pcPtsd5.id]: pcPtsd5,
  [itq.id]: itq,
  [ecrRs.id]: ecrRs,
  [ecrR.id]: ecrR,
  [phq9.id]: phq9,
  [gad7.id]: gad7,
  [iesR.id]: iesR,
});

/** Ids of the built-in instruments, in the order README lists them. */
export const instrumentIds: readonly string[] = Object.keys(instruments);

export function getInstrument(id: string): InstrumentDefinition | undefined {
  return Object.hasOwn(instruments, id) ? instruments[id] : undefined;
}
