/** Safety flags: answers that must reach a person quickly, whatever else is missing (PHQ-9 item 9). */
import type { Answers } from '../model/answers.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import { gateState } from './gates.js';

/**
 * The flags the answers raise, in the order the definition declares them. A safety item counts on its
 * own answer, whatever else is missing; an item a closed gate skipped was not asked and raises nothing.
 * The session calls this on every answer (to show support at once) and scoring on finishing, so the
 * panel a client sees and the flag a practice receives can never disagree.
 */
export function raisedFlags(def: InstrumentDefinition, answers: Answers): string[] {
  const { skipped } = gateState(def, answers);
  const flags: string[] = [];
  for (const s of def.safety ?? []) {
    const answer = skipped.has(s.item) ? undefined : answers[s.item];
    if (answer !== undefined && answer >= s.valueAtLeast && !flags.includes(s.flag)) flags.push(s.flag);
  }
  return flags;
}
