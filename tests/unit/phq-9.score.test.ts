// Hand-worked cases from the PHQ-9 scoring rules (Kroenke et al. 2001; ../../tests/reference/phq9.json):
// total = sum of items 1-9 (0-27); severity 0-4 none-minimal, 5-9 mild, 10-14 moderate, 15-19 moderately
// severe, 20-27 severe; screening cutoff total >= 10 (a single published value, so fixed). The difficulty
// question is not scored and never required. Item 9 above "Not at all" raises the `self-harm` flag on its
// own, whatever else is missing (library policy). No proration.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AttuneError, InstrumentSchema, score } from '../../src/core.js';
import { phq9 } from '../../src/instruments/phq-9.js';

type Answers = Record<string, number>;
const ref = JSON.parse(readFileSync(new URL('../reference/phq9.json', import.meta.url), 'utf8'));

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const all = (v: number): Answers => Object.fromEntries(ids(1, 9).map((id) => [id, v]));
const without = (answers: Answers, ...drop: string[]) => Object.fromEntries(Object.entries(answers).filter(([k]) => !drop.includes(k)));
// A total made of items 1-8 (3s first), item 9 at 0 so that no flag is raised: totals 0-24.
const at = (total: number): Answers => {
  const a = all(0);
  for (let i = 1; i <= 8 && total > 0; i++) {
    const v = Math.min(3, total);
    a[String(i)] = v;
    total -= v;
  }
  return a;
};

describe('PHQ-9 definition', () => {
  it('passes the definition schema', () => {
    const parsed = InstrumentSchema.safeParse(phq9);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('items "1"-"9" then the optional difficulty question; total of 1-9 only; fixed cutoff, no settings', () => {
    expect(phq9.items.map((i) => i.id)).toEqual([...ids(1, 9), 'difficulty']);
    expect(phq9.items.filter((i) => i.optional).map((i) => i.id)).toEqual(['difficulty']);
    expect(phq9.scales).toEqual([{ id: 'total', label: expect.any(String), method: 'sum', items: ids(1, 9), code: ref.loinc.total }]);
    expect(phq9.settings).toBeUndefined();
    expect(phq9.rules!.find((r) => r.id === 'above-cutoff')!.when).toEqual({ type: 'scale', scale: 'total', atLeast: 10 });
    expect(phq9.safety).toEqual([{ item: '9', valueAtLeast: 1, flag: 'self-harm' }]);
  });
});

describe('PHQ-9 scoring', () => {
  it('all "Not at all": total 0, none-minimal, below the cutoff, no flag, complete', () => {
    expect(score(phq9, all(0))).toEqual({
      instrument: { id: 'phq-9', version: '1.0.0' },
      status: 'complete',
      missing: [],
      scales: { total: 0 },
      rules: { 'above-cutoff': false },
      bands: { severity: 'none-minimal' },
      flags: [],
      settings: {},
    });
  });

  it('all "Nearly every day": total 27, severe, above the cutoff, self-harm flag', () => {
    expect(score(phq9, all(3))).toEqual({
      instrument: { id: 'phq-9', version: '1.0.0' },
      status: 'complete',
      missing: [],
      scales: { total: 27 },
      rules: { 'above-cutoff': true },
      bands: { severity: 'severe' },
      flags: ['self-harm'],
      settings: {},
    });
  });

  it('the total adds every item 1-9 once: item n at (n mod 4) gives 1+2+3+0+1+2+3+0+1 = 13', () => {
    const answers = Object.fromEntries(ids(1, 9).map((id) => [id, Number(id) % 4]));
    const r = score(phq9, answers);
    expect(r.scales.total).toBe(13);
    expect(r.bands.severity).toBe('moderate');
    expect(r.flags).toEqual(['self-harm']); // item 9 = 1
  });

  it.each([
    [0, 'none-minimal', false],
    [4, 'none-minimal', false],
    [5, 'mild', false],
    [9, 'mild', false],
    [10, 'moderate', true],
    [14, 'moderate', true],
    [15, 'moderately-severe', true],
    [19, 'moderately-severe', true],
    [20, 'severe', true],
    [24, 'severe', true],
  ])('total %i: band %s, at or above 10 is %s', (total, band, above) => {
    const r = score(phq9, at(total));
    expect(r.scales.total).toBe(total);
    expect(r.bands.severity).toBe(band);
    expect(r.rules['above-cutoff']).toBe(above);
    expect(r.flags).toEqual([]);
  });

  it('every total 0-27 falls in the band the reference gives', () => {
    for (let total = 0; total <= 27; total++) {
      const a = total <= 24 ? at(total) : { ...at(24), 9: total - 24 };
      const expected = ref.scoring.severityBands.find((b: { min: number; max: number }) => b.min <= total && total <= b.max).label.replace(' ', '-');
      expect(score(phq9, a).bands.severity, `total ${total}`).toBe(expected);
    }
  });

  describe('the difficulty question', () => {
    it('is never missing and never scored', () => {
      const r = score(phq9, all(1));
      expect(r.status).toBe('complete');
      expect(r.missing).toEqual([]);
      for (const v of [0, 1, 2, 3]) expect(score(phq9, { ...all(1), difficulty: v }).scales.total).toBe(9);
    });
    it('is not listed as missing even when nothing is answered', () => {
      expect(score(phq9, {}).missing).toEqual(ids(1, 9));
    });
    it('answered alone leaves items 1-9 missing', () => {
      const r = score(phq9, { difficulty: 3 });
      expect(r.missing).toEqual(ids(1, 9));
      expect(r.scales.total).toBeNull();
      expect(r.flags).toEqual([]);
    });
    it('refuses a value that is not one of its options', () => {
      expect(() => score(phq9, { ...all(0), difficulty: 4 })).toThrowError(/difficulty: expected one of 0, 1, 2, 3/);
    });
  });

  describe('item 9 safety flag', () => {
    it.each([1, 2, 3])('item 9 at %i with everything else missing raises self-harm', (v) => {
      expect(score(phq9, { 9: v })).toEqual({
        instrument: { id: 'phq-9', version: '1.0.0' },
        status: 'incomplete',
        missing: ids(1, 8),
        scales: { total: null },
        rules: { 'above-cutoff': null },
        bands: { severity: null },
        flags: ['self-harm'],
        settings: {},
      });
    });
    it('item 9 "Several days" with a total far below the cutoff still raises it', () => {
      const r = score(phq9, { ...all(0), 9: 1 });
      expect(r.scales.total).toBe(1);
      expect(r.rules['above-cutoff']).toBe(false);
      expect(r.flags).toEqual(['self-harm']);
    });
    it('item 9 "Not at all" raises nothing, even with every other item "Nearly every day"', () => {
      const r = score(phq9, { ...all(3), 9: 0 });
      expect(r.scales.total).toBe(24);
      expect(r.flags).toEqual([]);
    });
    it('item 9 "Not at all" alone raises nothing', () => {
      expect(score(phq9, { 9: 0 }).flags).toEqual([]);
    });
    it('item 9 unanswered raises nothing and is listed missing', () => {
      const r = score(phq9, without(all(3), '9'));
      expect(r.flags).toEqual([]);
      expect(r.missing).toEqual(['9']);
    });
  });

  describe('missing answers (no proration)', () => {
    it('nothing answered: total, band and rule undecided, items 1-9 missing in order', () => {
      expect(score(phq9, {})).toEqual({
        instrument: { id: 'phq-9', version: '1.0.0' },
        status: 'incomplete',
        missing: ids(1, 9),
        scales: { total: null },
        rules: { 'above-cutoff': null },
        bands: { severity: null },
        flags: [],
        settings: {},
      });
    });
    it('missing ids are in form order', () => {
      expect(score(phq9, without(all(0), '7', '2', '5')).missing).toEqual(['2', '5', '7']);
    });
    it('one item missing: total and band null, never prorated', () => {
      const r = score(phq9, without(all(2), '5'));
      expect(r.scales.total).toBeNull();
      expect(r.bands.severity).toBeNull();
    });
    it('already at or above 10 is decided: items 1-4 at 3 (12), 5-9 missing', () => {
      const r = score(phq9, { 1: 3, 2: 3, 3: 3, 4: 3 });
      expect(r.rules['above-cutoff']).toBe(true);
      expect(r.scales.total).toBeNull();
    });
    it('10 reached exactly with items missing is decided', () => {
      expect(score(phq9, { 1: 3, 2: 3, 3: 3, 4: 1 }).rules['above-cutoff']).toBe(true);
    });
    it('below 10 whatever the missing item is: items 1-8 sum 6, item 9 missing (at most 9)', () => {
      const r = score(phq9, without(at(6), '9'));
      expect(r.rules['above-cutoff']).toBe(false);
      expect(r.flags).toEqual([]);
    });
    it('undecided while the missing item could still tip it: items 1-8 sum 7, item 9 missing (7-10)', () => {
      expect(score(phq9, without(at(7), '9')).rules['above-cutoff']).toBeNull();
    });
  });

  describe('answers that do not fit are refused, never guessed', () => {
    it.each([4, -1, 0.5])('value %s is not an option', (v) => {
      expect(() => score(phq9, { ...all(0), 3: v })).toThrowError(/3: expected one of 0, 1, 2, 3/);
    });
    it('an unknown item id', () => expect(() => score(phq9, { ...all(0), 10: 0 })).toThrowError(/10: no item with this id/));
    it('a value that is not a number', () => {
      const err = (() => {
        try {
          score(phq9, { 9: '1' } as never);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(AttuneError);
      expect((err as AttuneError).code).toBe('invalid-answers');
    });
  });
});

describe('PHQ-9 matches the reference, word for word', () => {
  const item = (id: string) => phq9.items.find((i) => i.id === id)!;
  const options = (list: { value?: number; label: string; loinc: string }[]) => list.map((o) => ({ label: o.label, code: o.loinc }));

  it('every item text and LOINC code, with the published labels, values and answer codes', () => {
    expect(phq9.items.slice(0, 9).map((i) => i.id)).toEqual(ref.items.map((r: { n: number }) => String(r.n)));
    for (const r of ref.items) {
      const it = item(String(r.n));
      expect(it.text, `item ${r.n}`).toBe(r.text);
      expect(it.code, `item ${r.n}`).toBe(r.loinc);
      expect(it.reverse ?? false).toBe(r.reverse);
      expect(it.options).toEqual(ref.responseOptions.map((o: { value: number; label: string; loinc: string }) => ({ value: o.value, label: o.label, code: o.loinc })));
    }
    expect(phq9.items.slice(0, 9).map((i) => i.code)).toEqual(ref.loinc.items);
    expect(item('1').options.map((o) => o.code)).toEqual(ref.loinc.answers);
  });

  it('the difficulty question, its labels and codes', () => {
    const d = item('difficulty');
    expect(d.text).toBe(ref.extraUnscoredItem.text);
    expect(d.code).toBe(ref.extraUnscoredItem.loinc);
    expect(d.code).toBe(ref.loinc.difficulty);
    expect(d.optional).toBe(true);
    expect(d.options.map((o) => ({ label: o.label, code: o.code }))).toEqual(options(ref.extraUnscoredItem.responseOptions));
  });

  it('instructions (by the author) and the stem', () => {
    expect(phq9.instructions).toEqual({ text: ref.instructions, by: 'author' });
    expect(phq9.sections?.[0]).toEqual({ id: 'symptoms', stem: ref.instructions, items: ids(1, 9) });
  });

  it('severity bands and cutoff', () => {
    expect(phq9.bands![0]!.ranges).toEqual(
      ref.scoring.severityBands.map((b: { min: number; max: number; label: string }) => ({ from: b.min, to: b.max, label: b.label.replace(' ', '-') })),
    );
    expect(ref.scoring.cutoffs.map((c: { rule: string }) => c.rule)).toEqual(['total >= 10']);
    expect(ref.safetyItems.map((s: { item: number }) => String(s.item))).toEqual(phq9.safety!.map((s) => s.item));
  });

  it('citation, licence status and the attribution line', () => {
    expect(phq9.citation).toBe(ref.citation);
    expect(phq9.licence.status).toBe('free');
    expect(ref.licence.note).toContain(`'${phq9.attribution}'`);
  });
});
