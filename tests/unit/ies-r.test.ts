// IES-R: structure and scoring only (the author declined permission to redistribute the wording;
// ../reference/ies-r.json). Hand-worked sums per CamCOPS: avoidance 5, 7, 8, 11, 12, 13, 17, 22 (0-32);
// intrusion 1, 2, 3, 6, 9, 16, 20 (0-28); hyperarousal 4, 10, 14, 15, 18, 19, 21 (0-28); total 1-22 (0-88).
// The wording arrives in a practice's text pack, checked against the structure.
import { readFileSync } from 'node:fs';
import { practiceTextPack } from './fixtures.js';
import { describe, expect, it } from 'vitest';
import { applyTextPack, describeProblem, getInstrument, InstrumentSchema, isAttuneError, needsTextPack, score, type InstrumentDefinition } from '../../src/core.js';

const ref = JSON.parse(readFileSync(new URL('../reference/ies-r.json', import.meta.url), 'utf8'));
const ies = getInstrument('ies-r') as InstrumentDefinition;
const ids = Array.from({ length: 22 }, (_, i) => String(i + 1));
const all = (v: number) => Object.fromEntries(ids.map((id) => [id, v]));

const problems = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (isAttuneError(e)) return e.problems.map(describeProblem);
    throw e;
  }
  throw new Error('expected an AttuneError');
};

describe('IES-R structure', () => {
  it('passes the definition schema with no wording at all, and its licence says why', () => {
    expect(InstrumentSchema.safeParse(ies).success).toBe(true);
    expect(ies.items.every((i) => i.text === undefined && i.options.every((o) => o.label === undefined))).toBe(true);
    expect(ies.instructions).toBeUndefined();
    expect(ies.timeframe).toBeUndefined();
    expect(ies.licence.status).toBe('restricted');
    expect(ref.licence.note).toContain('declined');
    expect(needsTextPack(ies)).toBe(true);
  });

  it("subscales hold exactly the reference's items, as sums", () => {
    for (const [id, sub] of Object.entries<{ items: number[] }>(ref.scoring.subscales)) {
      expect(ies.scales.find((s) => s.id === id)).toMatchObject({ method: 'sum', items: sub.items.map(String) });
    }
    expect(ies.scales.find((s) => s.id === 'total')).toMatchObject({ method: 'sum', items: ids });
    expect(ies.items[0]!.options.map((o) => o.value)).toEqual(ref.responseOptions.map((o: { value: number }) => o.value));
  });

  it('a definition that is not restricted must carry its wording', () => {
    const freed = { ...ies, licence: { status: 'free', note: 'x' } };
    expect(InstrumentSchema.safeParse(freed).success).toBe(false);
  });
});

describe('IES-R scoring (in Node, without any wording)', () => {
  it('all 0: every sum 0; all 4: 32, 28, 28 and 88', () => {
    expect(score('ies-r', all(0)).scales).toEqual({ total: 0, avoidance: 0, intrusion: 0, hyperarousal: 0 });
    expect(score('ies-r', all(4))).toMatchObject({ status: 'complete', scales: { total: 88, avoidance: 32, intrusion: 28, hyperarousal: 28 } });
  });

  it('each item counts in exactly one subscale, worked item by item', () => {
    // item n answered n mod 5. avoidance (5, 7, 8, 11, 12, 13, 17, 22): 0+2+3+1+2+3+2+2 = 15;
    // intrusion (1, 2, 3, 6, 9, 16, 20): 1+2+3+1+4+1+0 = 12; hyperarousal (4, 10, 14, 15, 18, 19, 21):
    // 4+0+4+0+3+4+1 = 16; total 15 + 12 + 16 = 43
    const r = score('ies-r', Object.fromEntries(ids.map((id) => [id, Number(id) % 5])));
    expect(r.scales).toEqual({ total: 43, avoidance: 15, intrusion: 12, hyperarousal: 16 });
  });

  it('one item missing: its subscale and the total are null, the others scored', () => {
    const { 5: _x, ...rest } = all(2);
    expect(score('ies-r', rest)).toMatchObject({ status: 'incomplete', missing: ['5'], scales: { total: null, avoidance: null, intrusion: 14, hyperarousal: 14 } });
  });
});

describe('text packs', () => {
  it('fill in every item, label, the instructions and the time frame, and keep the scoring', () => {
    const full = applyTextPack(ies, practiceTextPack());
    expect(full.items.map((i) => i.text)).toEqual(ids.map((id) => `Practice-supplied wording of item ${id}.`));
    expect(full.items[0]!.options).toEqual([0, 1, 2, 3, 4].map((v) => ({ value: v, label: `Label ${v}` })));
    expect(full.instructions).toEqual({ text: 'Practice-supplied instructions.', by: 'author' });
    expect(full.timeframe).toBe('the past week');
    expect(full.licence.note).toContain('Test Practice: permission letter on file');
    expect(full.scales).toEqual(ies.scales);
    expect(needsTextPack(full)).toBe(false);
    expect(ies.items[0]!.text).toBeUndefined(); // the built-in structure is untouched
  });

  it('give a definition that passes the schema itself, so a practice can pass it on (to score(), an element, FHIR)', () => {
    const full = applyTextPack(ies, practiceTextPack());
    expect(InstrumentSchema.safeParse(full).success).toBe(true);
    expect(score(full, Object.fromEntries(full.items.map((i) => [i.id, 2])))).toEqual(score('ies-r', Object.fromEntries(full.items.map((i) => [i.id, 2]))));
  });

  it('name every missing and every extra item by its path', () => {
    const pack = practiceTextPack();
    const items: Record<string, string> = { ...(pack.items as Record<string, string>), 23: 'extra' };
    delete items['7'];
    delete items['22'];
    expect(problems(() => applyTextPack(ies, { ...pack, items }))).toEqual(['items.7: missing', 'items.22: missing', 'items.23: no item with this id in ies-r']);
  });

  it('refuse a pack for another instrument or version, an unknown option value, and empty wording', () => {
    expect(problems(() => applyTextPack(ies, { ...practiceTextPack(), instrument: 'pcl-5', version: '2.0.0' }))).toEqual([
      'instrument: expected "ies-r"',
      'version: written for version 2.0.0; this is version 1.0.0 of ies-r',
    ]);
    expect(problems(() => applyTextPack(ies, { ...practiceTextPack(), options: { 5: 'Five' } }))).toEqual(['options.5: no option with this value in ies-r']);
    const blank = practiceTextPack();
    (blank.items as Record<string, string>)['3'] = '  ';
    expect(problems(() => applyTextPack(ies, blank))).toEqual(['items.3: item text must not be empty']);
  });

  it('refuse what is not a text pack at all, with the path of each problem', () => {
    expect(problems(() => applyTextPack(ies, null))).toEqual(['expected object']);
    expect(problems(() => applyTextPack(ies, { instrument: 'ies-r', items: {}, colour: 'red' }))).toEqual(
      expect.arrayContaining(['permission: expected string', 'unknown key "colour"']),
    );
  });
});
