import { describe, expect, it } from 'vitest';
import { getInstrument, type InstrumentDefinition } from '../../src/core.js';
import * as session from '../../src/session/session.js';
import { finish } from '../../src/session/finish.js';
import { backToReview, changeAnswer, leaveReview, reviewRows, startReview } from '../../src/session/review.js';

const pc = getInstrument('pc-ptsd-5') as InstrumentDefinition;
const phq = getInstrument('phq-9') as InstrumentDefinition;

function answered(def: InstrumentDefinition, answers: Record<string, number>) {
  let s = session.begin(session.startSession(def));
  for (const [id, v] of Object.entries(answers)) s = session.setAnswer(s, id, v);
  return s;
}

describe('review ("check your answers")', () => {
  it('opens only when every question asked has an answer, and lists what is missing otherwise', () => {
    const s = startReview(answered(pc, { exposure: 1, '1': 1 }));
    expect(s.stage).toBe('questions');
    expect(s.unanswered).toEqual(['2', '3', '4', '5']);
    const r = startReview(answered(pc, { exposure: 0 }));
    expect(r.stage).toBe('review');
  });

  it('lists every question asked with the option chosen; an optional question left blank has none', () => {
    const answers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), i % 4]));
    const s = startReview(answered(phq, answers));
    expect(s.stage).toBe('review');
    const rows = reviewRows(s);
    expect(rows.map((r) => r.item.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'difficulty']);
    expect(rows[1]!.option?.label).toBe('Several days');
    expect(rows[9]!.option).toBeUndefined();
  });

  it('a closed gate leaves its questions out of the review', () => {
    const s = startReview(answered(pc, { exposure: 1, '1': 1, '2': 0, '3': 1, '4': 0, '5': 0 }));
    expect(reviewRows(s)).toHaveLength(6);
    const closed = startReview(session.setAnswer(changeAnswer(s, 'exposure'), 'exposure', 0));
    expect(reviewRows(closed).map((r) => r.item.id)).toEqual(['exposure']);
  });

  it('"Change" goes to that question and returns to the review, keeping every other answer', () => {
    const s = startReview(answered(pc, { exposure: 1, '1': 1, '2': 0, '3': 1, '4': 0, '5': 0 }));
    const changing = changeAnswer(s, '3');
    expect([changing.stage, changing.index, changing.returnToReview]).toEqual(['questions', 3, true]);
    const back = backToReview(session.setAnswer(changing, '3', 0));
    expect(back.stage).toBe('review');
    expect(back.answers).toEqual({ exposure: 1, '1': 1, '2': 0, '3': 0, '4': 0, '5': 0 });
    expect(back.returnToReview).toBe(false);
  });

  it('changing the gate to open new questions asks for them instead of returning to the review', () => {
    const s = startReview(answered(pc, { exposure: 0 }));
    const back = backToReview(session.setAnswer(changeAnswer(s, 'exposure'), 'exposure', 1));
    expect(back.stage).toBe('questions');
    expect(back.unanswered).toEqual(['1', '2', '3', '4', '5']);
  });

  it('"Back" from the review goes to the last question; finishing from the review scores', () => {
    const s = startReview(answered(pc, { exposure: 0 }));
    expect(leaveReview(s)).toMatchObject({ stage: 'questions', index: 0 });
    const done = finish(s);
    expect(done.stage).toBe('done');
    expect(done.result?.scales.total).toBe(0);
  });
});

describe('safety flags in the session', () => {
  it('an endorsed safety item raises its flag at once, before finishing', () => {
    const s = answered(phq, { '9': 1 });
    expect(s.raised).toEqual(['self-harm']);
  });

  it('"Not at all" raises nothing', () => {
    expect(answered(phq, { '9': 0 }).raised).toEqual([]);
  });

  it('support stays raised when the answer is changed back, but the result carries only what the final answers raise', () => {
    const answers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), 0]));
    let s = session.setAnswer(answered(phq, answers), '9', 2);
    s = session.setAnswer(s, '9', 0);
    expect(s.raised).toEqual(['self-harm']);
    expect(finish(s).result?.flags).toEqual([]);
    expect(finish(session.setAnswer(s, '9', 3)).result?.flags).toEqual(['self-harm']);
  });
});
