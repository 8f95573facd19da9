// A battery's saved pass: only which instruments are finished and their answers; on reading, every
// one is re-scored and anything that does not fit is refused whole, with the reason.
import { describe, expect, it } from 'vitest';
import { getInstrument, score, type InstrumentDefinition } from '../../src/core.js';
import { batterySnapshotKey, innerScope, toBatterySnapshot } from '../../src/session/battery-snapshot.js';
import { readBatterySnapshot } from '../../src/session/parse-snapshot.js';
import { toCompletion } from '../../src/session/completion.js';

const gad = getInstrument('gad-7') as InstrumentDefinition;
const phq = getInstrument('phq-9') as InstrumentDefinition;
const answers = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [String(i + 1), 2]));
const finishedGad = toCompletion(score(gad, answers), answers, new Date('2026-11-30T10:00:00Z'));
const noSettings = () => ({});

describe('battery snapshot', () => {
  it('keeps the instruments and the answers of each one finished, never a score', () => {
    const snapshot = toBatterySnapshot(['gad-7', 'phq-9'], [finishedGad]);
    expect(snapshot).toEqual({
      format: 1,
      instruments: ['gad-7', 'phq-9'],
      finished: [{ instrument: { id: 'gad-7', version: gad.version }, answers, completedAt: '2026-11-30T10:00:00.000Z' }],
    });
    expect(JSON.stringify(snapshot)).not.toContain('scales');
  });

  it('reads back each finished instrument re-scored with the settings given now', () => {
    const text = JSON.stringify(toBatterySnapshot(['gad-7', 'phq-9'], [finishedGad]));
    const outcome = readBatterySnapshot([gad, phq], text, noSettings);
    expect(outcome).toEqual({ ok: true, completions: [finishedGad] });
  });

  it('refuses, with the reason, what does not fit: another battery, another version, answers out of range, not JSON, another format', () => {
    const text = (snapshot: unknown) => JSON.stringify(snapshot);
    const base = toBatterySnapshot(['gad-7', 'phq-9'], [finishedGad]);
    expect(readBatterySnapshot([phq, gad], text(base), noSettings)).toMatchObject({ ok: false, problem: 'other-instrument' });
    expect(readBatterySnapshot([gad, phq], text({ ...base, finished: [{ ...base.finished[0], instrument: { id: 'gad-7', version: '0.9.0' } }] }), noSettings)).toMatchObject({
      ok: false,
      problem: 'other-version',
    });
    expect(readBatterySnapshot([gad, phq], text({ ...base, finished: [{ ...base.finished[0], answers: { ...answers, '1': 9 } }] }), noSettings)).toMatchObject({
      ok: false,
      problem: 'corrupt',
    });
    expect(readBatterySnapshot([gad, phq], text({ ...base, finished: [{ ...base.finished[0], answers: { '1': 1 } }] }), noSettings)).toMatchObject({
      ok: false,
      problem: 'corrupt',
    });
    expect(readBatterySnapshot([gad, phq], '{ not json', noSettings)).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(readBatterySnapshot([gad, phq], text({ ...base, format: 2 }), noSettings)).toMatchObject({ ok: false, problem: 'other-version' });
    expect(readBatterySnapshot([gad, phq], text({ ...base, extra: true }), noSettings)).toMatchObject({ ok: false, problem: 'corrupt' });
  });

  it('keeps two batteries apart, and a battery’s screeners apart from standalone ones', () => {
    expect(batterySnapshotKey('intake')).not.toBe(batterySnapshotKey('follow-up'));
    expect(batterySnapshotKey()).toBe('attune-battery');
    expect(innerScope('intake')).toBe('battery:intake');
  });
});

describe('a battery snapshot keeps the language each instrument was answered in', () => {
  it('and the re-scored result says it again on resuming', () => {
    const gad = getInstrument('gad-7') as InstrumentDefinition;
    const answers = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((id) => [id, 2]));
    const completion = toCompletion({ ...score(gad, answers), language: 'es-US' }, answers);
    const text = JSON.stringify(toBatterySnapshot(['gad-7'], [completion]));
    const restored = readBatterySnapshot([gad], text, () => ({}));
    expect(restored.ok && restored.completions[0]!.result.language).toBe('es-US');
    expect(restored.ok && restored.completions[0]!.result.scales).toEqual(score(gad, answers).scales);
  });
});
