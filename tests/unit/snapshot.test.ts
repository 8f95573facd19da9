import { describe, expect, it } from 'vitest';
import { getInstrument, type InstrumentDefinition } from '../../src/core.js';
import * as session from '../../src/session/session.js';
import { next } from '../../src/session/paged-steps.js';
import { finish } from '../../src/session/finish.js';
import { startReview } from '../../src/session/review.js';
import { readSnapshot } from '../../src/session/parse-snapshot.js';
import { serialiseSnapshot, snapshotKey, toSnapshot } from '../../src/session/snapshot.js';

const pcl = getInstrument('pcl-5') as InstrumentDefinition;
const phq = getInstrument('phq-9') as InstrumentDefinition;

function midway() {
  let s = session.begin(session.startSession(pcl));
  for (let id = 1; id <= 7; id++) s = next(session.setAnswer(s, String(id), id % 5));
  return s;
}

describe('session snapshot', () => {
  it('round-trips a session in progress: answers, position and stage', () => {
    const s = midway();
    const text = serialiseSnapshot(s)!;
    const restored = readSnapshot(pcl, text);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.session.answers).toEqual(s.answers);
    expect(restored.session.index).toBe(7);
    expect(restored.session.stage).toBe('questions');
    expect(restored.session.definition).toBe(pcl);
  });

  it('keeps a review in progress as a review', () => {
    let s = session.begin(session.startSession(pcl));
    for (let id = 1; id <= 20; id++) s = session.setAnswer(s, String(id), 0);
    const restored = readSnapshot(pcl, serialiseSnapshot(startReview(s))!);
    expect(restored.ok && restored.session.stage).toBe('review');
  });

  it('holds only answers and position: no result, no score, no wording', () => {
    const text = serialiseSnapshot(midway())!;
    expect(Object.keys(JSON.parse(text)).sort()).toEqual(['answers', 'format', 'index', 'instrument', 'raised', 'stage']);
    expect(text).not.toContain(pcl.items[0]!.text!);
  });

  it('there is nothing to keep before the start or after the finish', () => {
    expect(toSnapshot(session.startSession(pcl))).toBeUndefined();
    let s = session.begin(session.startSession(phq));
    for (let id = 1; id <= 9; id++) s = session.setAnswer(s, String(id), 0);
    expect(toSnapshot(finish(s))).toBeUndefined();
  });

  it('restores the support a client was shown before a reload', () => {
    const s = session.setAnswer(session.begin(session.startSession(phq)), '9', 1);
    const restored = readSnapshot(phq, serialiseSnapshot(s)!);
    expect(restored.ok && restored.session.raised).toEqual(['self-harm']);
  });

  const bad: [string, string, string][] = [
    ['text that is not JSON', '{"format":1,"instru', 'corrupt'],
    ['JSON of the wrong shape', '{"format":1,"answers":[]}', 'corrupt'],
    ['null', 'null', 'corrupt'],
    [
      'an answer that is not one of the options',
      JSON.stringify({ format: 1, instrument: { id: 'pcl-5', version: '1.0.0' }, stage: 'questions', index: 0, answers: { '1': 9 }, raised: [] }),
      'corrupt',
    ],
    [
      'an item the instrument does not have',
      JSON.stringify({ format: 1, instrument: { id: 'pcl-5', version: '1.0.0' }, stage: 'questions', index: 0, answers: { '21': 1 }, raised: [] }),
      'corrupt',
    ],
    ['a negative position', JSON.stringify({ format: 1, instrument: { id: 'pcl-5', version: '1.0.0' }, stage: 'questions', index: -3, answers: {}, raised: [] }), 'corrupt'],
    [
      'another version of the instrument',
      JSON.stringify({ format: 1, instrument: { id: 'pcl-5', version: '0.9.0' }, stage: 'questions', index: 0, answers: { '1': 1 }, raised: [] }),
      'other-version',
    ],
    ['a later snapshot format', JSON.stringify({ format: 2, somethingNew: true }), 'other-version'],
    ['another instrument', JSON.stringify({ format: 1, instrument: { id: 'phq-9', version: '1.0.0' }, stage: 'questions', index: 0, answers: {}, raised: [] }), 'other-instrument'],
  ];
  for (const [name, text, problem] of bad) {
    it(`${name}: not restored (${problem}), never thrown`, () => {
      const outcome = readSnapshot(pcl, text);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.problem).toBe(problem);
        expect(outcome.detail.length).toBeGreaterThan(10);
      }
    });
  }

  it('a position past the questions asked lands on the last one', () => {
    const text = JSON.stringify({ format: 1, instrument: { id: 'pcl-5', version: '1.0.0' }, stage: 'questions', index: 99, answers: {}, raised: [] });
    const outcome = readSnapshot(pcl, text);
    expect(outcome.ok && outcome.session.index).toBe(19);
  });

  it('keys keep two instruments, and two copies of one instrument, apart', () => {
    expect(snapshotKey('pcl-5')).not.toBe(snapshotKey('phq-9'));
    expect(snapshotKey('pcl-5', 'intake')).not.toBe(snapshotKey('pcl-5', 'week-6'));
    expect(snapshotKey('pcl-5', 'intake')).not.toBe(snapshotKey('pcl-5'));
  });
});
