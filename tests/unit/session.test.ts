import { describe, expect, it } from 'vitest';
import { getInstrument, type InstrumentDefinition } from '../../src/core.js';
import * as session from '../../src/session/session.js';
import { back, next } from '../../src/session/paged-steps.js';
import { finish } from '../../src/session/finish.js';

const pc = getInstrument('pc-ptsd-5') as InstrumentDefinition;
const pcl = getInstrument('pcl-5') as InstrumentDefinition;

describe('session', () => {
  it('finishing with nothing answered asks only for the gate question, not for the questions behind it', () => {
    const s = finish(session.begin(session.startSession(pc)));
    expect(s.stage).toBe('questions');
    expect(s.unanswered).toEqual(['exposure']);
  });

  it('once the gate opens, its questions are needed', () => {
    let s = session.begin(session.startSession(pc));
    s = session.setAnswer(s, 'exposure', 1);
    expect(finish(s).unanswered).toEqual(['1', '2', '3', '4', '5']);
  });

  it('a closed gate drops its questions from the unanswered list and from the submitted answers', () => {
    let s = finish(session.setAnswer(session.begin(session.startSession(pc)), 'exposure', 1));
    s = session.setAnswer(s, '2', 1);
    s = session.setAnswer(s, 'exposure', 0);
    expect(s.unanswered).toEqual([]);
    const done = finish(s);
    expect(done.stage).toBe('done');
    expect(done.answers).toEqual({ exposure: 0 });
    expect(done.result?.scales.total).toBe(0);
  });

  it('paged: Next stays on an unanswered question and marks it; Back never goes below the first', () => {
    let s = session.begin(session.startSession(pcl));
    s = next(s);
    expect([s.index, s.unanswered]).toEqual([0, ['1']]);
    s = next(session.setAnswer(s, '1', 0));
    expect([s.index, s.unanswered]).toEqual([1, []]);
    s = back(back(s));
    expect(s.index).toBe(0);
  });

  it('finishing scores with the chosen settings', () => {
    let s = session.begin(session.startSession(pcl));
    for (let id = 1; id <= 20; id++) s = session.setAnswer(s, String(id), id <= 16 ? 2 : 0);
    expect(finish(s, { cutoff: 31 }).result?.rules['above-cutoff']).toBe(true);
    expect(finish(s, { cutoff: 33 }).result?.rules['above-cutoff']).toBe(false);
  });
});

describe('the language answered in', () => {
  const phq = getInstrument('phq-9') as InstrumentDefinition;
  const answered = () => {
    let s = session.begin(session.startSession(phq));
    for (let i = 1; i <= 9; i++) s = session.setAnswer(s, String(i), 1);
    return s;
  };

  it('is recorded on the result when the pass finishes, and nothing else changes', () => {
    const es = finish(answered(), undefined, 'es-US').result!;
    const en = finish(answered()).result!;
    expect(es.language).toBe('es-US');
    expect(en.language).toBeUndefined();
    const { language: _l, ...rest } = es;
    expect(rest).toEqual(en);
  });
});
