// Hand-worked cases from the GAD-7 rules (Spitzer et al. 2006; ../reference/gad7.json): total = sum of
// items 1-7 (0-21); bands minimal 0-4, mild 5-9, moderate 10-14, severe 15-21; further evaluation at 10
// or more. No proration: any item missing leaves the total, band and rule undecided unless the answers
// given already decide the rule. The difficulty question after the seven items is optional and never scored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getInstrument, score, type InstrumentDefinition } from '../../src/core.js';

const ref = JSON.parse(readFileSync(new URL('../reference/gad7.json', import.meta.url), 'utf8'));
const gad7 = getInstrument('gad-7') as InstrumentDefinition;
const ids = ['1', '2', '3', '4', '5', '6', '7'];
/** Answers adding up to `total`, filled from item 1 at 3 points each. */
const totalling = (total: number) => Object.fromEntries(ids.map((id, i) => [id, Math.max(0, Math.min(3, total - 3 * i))]));

describe('GAD-7 scoring', () => {
  it('all "Not at all": total 0, minimal, below the cutoff', () => {
    expect(score('gad-7', totalling(0))).toEqual({
      instrument: { id: 'gad-7', version: '1.1.0' },
      status: 'complete',
      missing: [],
      scales: { total: 0 },
      rules: { 'above-cutoff': false },
      bands: { severity: 'minimal' },
      flags: [],
      settings: {},
    });
  });

  it('all "Nearly every day": total 21, severe', () => {
    expect(score('gad-7', totalling(21))).toMatchObject({ scales: { total: 21 }, bands: { severity: 'severe' }, rules: { 'above-cutoff': true } });
  });

  it.each([
    [4, 'minimal', false],
    [5, 'mild', false],
    [9, 'mild', false],
    [10, 'moderate', true],
    [14, 'moderate', true],
    [15, 'severe', true],
  ])('total %i: band %s, further evaluation %s', (total, band, above) => {
    const r = score('gad-7', totalling(total));
    expect(r.scales.total).toBe(total);
    expect(r.bands.severity).toBe(band);
    expect(r.rules['above-cutoff']).toBe(above);
  });

  it('one item missing: no total and no band; the rule waits unless already decided', () => {
    const { 7: _x, ...six } = totalling(9);
    expect(score('gad-7', six)).toMatchObject({ status: 'incomplete', missing: ['7'], scales: { total: null }, bands: { severity: null }, rules: { 'above-cutoff': null } });
    // 18 points on six items is at or above 10 whatever item 7 is
    const { 7: _y, ...high } = totalling(21);
    expect(score('gad-7', high).rules['above-cutoff']).toBe(true);
    // 6 points on six items cannot reach 10 with at most 3 more
    const { 7: _z, ...low } = totalling(6);
    expect(score('gad-7', low).rules['above-cutoff']).toBe(false);
  });

  it('has no safety item', () => {
    expect(score('gad-7', totalling(21)).flags).toEqual([]);
  });

  describe('the difficulty question', () => {
    it('is in no scale, band or rule: totals stay 0-21 whatever it is', () => {
      for (const scale of gad7.scales) expect(scale.items, scale.id).not.toContain('difficulty');
      expect(gad7.scales.map((s) => s.items)).toEqual([ids]);
      for (const v of [0, 1, 2, 3]) {
        expect(score('gad-7', { ...totalling(0), difficulty: v })).toMatchObject({ status: 'complete', scales: { total: 0 }, bands: { severity: 'minimal' } });
        expect(score('gad-7', { ...totalling(21), difficulty: v }).scales.total).toBe(21);
        expect(score('gad-7', { ...totalling(9), difficulty: v }).rules['above-cutoff']).toBe(false);
      }
    });
    it('is never missing: left out, the screen is still complete', () => {
      expect(score('gad-7', totalling(12))).toMatchObject({ status: 'complete', missing: [] });
      expect(score('gad-7', {}).missing).toEqual(ids);
    });
    it('answered alone leaves items 1-7 missing and nothing scored', () => {
      expect(score('gad-7', { difficulty: 3 })).toMatchObject({ status: 'incomplete', missing: ids, scales: { total: null }, bands: { severity: null }, flags: [] });
    });
    it('refuses a value that is not one of its options', () => {
      expect(() => score('gad-7', { ...totalling(0), difficulty: 4 })).toThrowError(/difficulty: expected one of 0, 1, 2, 3/);
    });
  });
});

describe('GAD-7 matches the reference, word for word', () => {
  it('items, LOINC codes and response options', () => {
    // the seven items in form order, then the unscored difficulty question that ends the form
    expect(gad7.items.map((i) => i.id)).toEqual([...ref.items.map((r: { n: number }) => String(r.n)), 'difficulty']);
    for (const r of ref.items) {
      const item = gad7.items.find((i) => i.id === String(r.n))!;
      expect(item.text).toBe(r.text);
      expect(item.code).toBe(r.loinc);
      expect(item.options).toEqual(ref.responseOptions.map((o: { value: number; label: string; loinc: string }) => ({ value: o.value, label: o.label, code: o.loinc })));
    }
    expect(gad7.items.slice(0, 7).map((i) => i.code)).toEqual(ref.loinc.items);
  });

  it("the difficulty question: the reference's wording and labels, optional, with no LOINC code (none was read)", () => {
    const d = gad7.items.find((i) => i.id === 'difficulty')!;
    expect(d.text).toBe(ref.extraUnscoredItem.text);
    expect(d.options.map((o) => o.label)).toEqual(ref.extraUnscoredItem.responseOptions.map((o: { label: string }) => o.label));
    expect(d.options.map((o) => o.value)).toEqual([0, 1, 2, 3]);
    expect(d.optional).toBe(true);
    expect(d.code).toBeUndefined();
    expect(d.options.map((o) => o.code)).toEqual([undefined, undefined, undefined, undefined]);
    expect(ref.extraUnscoredItem.note).toContain('No LOINC code was read');
    // its own section after the seven items, with no stem: "bothered by the following problems" does not frame it
    expect(gad7.sections).toEqual([
      { id: 'symptoms', stem: ref.instructions, items: ids },
      { id: 'difficulty', items: ['difficulty'] },
    ]);
  });

  it('instructions and stem: the reference\'s, without "any of"', () => {
    expect(gad7.instructions).toEqual({ text: ref.instructions, by: 'author' });
    expect(gad7.sections?.[0]?.stem).toBe(ref.instructions);
    expect(ref.instructions).toBe('Over the last 2 weeks, how often have you been bothered by the following problems?');
  });

  it('bands and cutoff', () => {
    expect(gad7.bands![0]!.ranges).toEqual(ref.scoring.severityBands.map((b: { min: number; max: number; label: string }) => ({ from: b.min, to: b.max, label: b.label })));
    expect(ref.scoring.cutoffs[0].rule).toBe('total >= 10');
    expect(gad7.rules![0]!.when).toEqual({ type: 'scale', scale: 'total', atLeast: 10 });
  });
});
