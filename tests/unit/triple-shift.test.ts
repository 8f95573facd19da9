import { describe, expect, it } from 'vitest';
import { countShift, noShifts, TRIPLE_SHIFT_WINDOW_MS, type ShiftCount } from '../../src/session/triple-shift.js';

function press(keys: [string, number, boolean?][]) {
  let state: ShiftCount = noShifts;
  const exits: number[] = [];
  for (const [key, at, repeat] of keys) {
    const out = countShift(state, key, at, repeat);
    state = out.state;
    if (out.exit) exits.push(at);
  }
  return exits;
}

describe('Shift three times', () => {
  it('exits on the third Shift within five seconds', () => {
    expect(
      press([
        ['Shift', 0],
        ['Shift', 300],
        ['Shift', 600],
      ]),
    ).toEqual([600]);
  });

  it('another key in between starts the count again (typing capitals is not an exit)', () => {
    expect(
      press([
        ['Shift', 0],
        ['Shift', 100],
        ['A', 150],
        ['Shift', 200],
      ]),
    ).toEqual([]);
    expect(
      press([
        ['Shift', 0],
        ['H', 10],
        ['Shift', 100],
        ['I', 110],
        ['Shift', 200],
        ['!', 210],
      ]),
    ).toEqual([]);
  });

  it('a held Shift (key repeat) counts once', () => {
    expect(
      press([
        ['Shift', 0],
        ['Shift', 30, true],
        ['Shift', 60, true],
        ['Shift', 90, true],
      ]),
    ).toEqual([]);
  });

  it('presses spread over more than five seconds do not exit', () => {
    expect(
      press([
        ['Shift', 0],
        ['Shift', 2000],
        ['Shift', TRIPLE_SHIFT_WINDOW_MS + 1],
      ]),
    ).toEqual([]);
  });

  it('counts afresh after an exit', () => {
    expect(
      press([
        ['Shift', 0],
        ['Shift', 1],
        ['Shift', 2],
        ['Shift', 3],
        ['Shift', 4],
        ['Shift', 5],
      ]),
    ).toEqual([2, 5]);
  });
});
