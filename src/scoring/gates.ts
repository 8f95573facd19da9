/** Which items a client is asked, given the gate questions answered so far. */
import type { Answers } from '../model/answers.js';
import type { Gate, InstrumentDefinition } from '../model/instrument.js';

/** The state of each gated item: skipped (gate closed) or undecided (gate unanswered). */
export interface GateState {
  /** Not asked; scored as the gate's `skippedValue`. */
  skipped: Map<string, number>;
  /** Asked only once the gate is answered; cannot be scored until then. */
  undecided: Set<string>;
}

export function gateState(def: InstrumentDefinition, answers: Answers): GateState {
  const state: GateState = { skipped: new Map(), undecided: new Set() };
  for (const gate of def.gates ?? []) apply(gate, answers, state);
  return state;
}

function apply(gate: Gate, answers: Answers, state: GateState): void {
  // a gate inside another gate's skipped items is itself not asked, so it closes
  const answer = state.skipped.has(gate.item) ? gate.closeOn[0] : answers[gate.item];
  if (answer === undefined || state.undecided.has(gate.item)) {
    for (const id of gate.skips) if (!state.skipped.has(id)) state.undecided.add(id);
  } else if (gate.closeOn.includes(answer)) {
    for (const id of gate.skips) {
      state.skipped.set(id, gate.skippedValue);
      state.undecided.delete(id);
    }
  }
}

/** Items shown to the client, in form order: everything but the items a closed gate skips. */
export function askedItemIds(def: InstrumentDefinition, answers: Answers): string[] {
  const { skipped } = gateState(def, answers);
  return def.items.filter((item) => !skipped.has(item.id)).map((item) => item.id);
}
