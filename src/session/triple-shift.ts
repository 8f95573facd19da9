/**
 * Quick exit by keyboard, as GOV.UK's "Exit this page" does it: Shift pressed three times within five
 * seconds, with no other key between. A pure reducer over key presses, so the counting is tested
 * without a browser; the element feeds it keydown events.
 */
export const TRIPLE_SHIFT_WINDOW_MS = 5000;

export interface ShiftCount {
  presses: number;
  /** When the first of the counted presses happened. */
  since: number;
}

export const noShifts: ShiftCount = { presses: 0, since: 0 };

/** Counts one key press. `exit` is true on the third Shift in the window; the count then starts over. */
export function countShift(state: ShiftCount, key: string, now: number, repeat = false): { state: ShiftCount; exit: boolean } {
  // a held key repeats keydown: holding Shift to type capitals is not three presses
  if (repeat && key === 'Shift') return { state, exit: false };
  if (key !== 'Shift') return { state: noShifts, exit: false };
  const fresh = state.presses === 0 || now - state.since > TRIPLE_SHIFT_WINDOW_MS;
  const next = fresh ? { presses: 1, since: now } : { presses: state.presses + 1, since: state.since };
  if (next.presses >= 3) return { state: noShifts, exit: true };
  return { state: next, exit: false };
}
