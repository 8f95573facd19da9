// Hand-worked cases from the ECR-RS and ECR-R scoring rules (Fraley et al. 2011; Fraley, Waller &
// Brennan 2000; ../reference/ecr-rs.json, ../reference/ecr-r.json): means of 1-7 answers, reversed items
// scored 8 - answer. ECR-RS (partner): avoidance = mean of 1-6 with 1-4 reversed; anxiety = mean of 7-9.
// ECR-R: anxiety = mean of 1-18 with 9 and 11 reversed; avoidance = mean of 19-36 with 20, 22, 26-31 and
// 33-36 reversed. No cutoffs, bands or styles. No proration: a scale with an item missing is null.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getInstrument, score, type InstrumentDefinition } from '../../src/core.js';

const reference = (file: string) => JSON.parse(readFileSync(new URL(`../reference/${file}`, import.meta.url), 'utf8'));
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const answers = (n: number, value: (id: number) => number) => Object.fromEntries(ids(1, n).map((id) => [id, value(Number(id))]));
const def = (id: string) => getInstrument(id) as InstrumentDefinition;

describe('ECR-RS (partner) scoring', () => {
  const rs = (value: (id: number) => number) => score('ecr-rs', answers(9, value));

  it('all "strongly disagree" (1): items 1-4 reverse to 7, so avoidance (7*4 + 1*2)/6 = 5; anxiety 1', () => {
    expect(rs(() => 1)).toMatchObject({ status: 'complete', missing: [], scales: { avoidance: 5, anxiety: 1 }, rules: {}, bands: {}, flags: [] });
  });

  it('all "strongly agree" (7): avoidance (1*4 + 7*2)/6 = 3; anxiety 7', () => {
    expect(rs(() => 7).scales).toEqual({ avoidance: 3, anxiety: 7 });
  });

  it('all 4 (the midpoint) is 4 on both, reversed or not', () => {
    expect(rs(() => 4).scales).toEqual({ avoidance: 4, anxiety: 4 });
  });

  it('the ends of both dimensions: 1 and 7', () => {
    // turns to the partner (7 on 1-4), opens up (1 on 5-6), no worry (1 on 7-9): both at their floor
    expect(rs((id) => (id <= 4 ? 7 : 1)).scales).toEqual({ avoidance: 1, anxiety: 1 });
    // the push-pull of ambivalence at its strongest: avoidance and anxiety both at 7
    expect(rs((id) => (id <= 4 ? 1 : 7)).scales).toEqual({ avoidance: 7, anxiety: 7 });
  });

  it('a mixed pattern, worked by hand', () => {
    const given = { 1: 6, 2: 5, 3: 7, 4: 2, 5: 3, 6: 4, 7: 5, 8: 6, 9: 2 };
    // avoidance: (8-6) + (8-5) + (8-7) + (8-2) + 3 + 4 = 2 + 3 + 1 + 6 + 3 + 4 = 19, / 6
    // anxiety: (5 + 6 + 2) / 3 = 13 / 3
    const r = score('ecr-rs', Object.fromEntries(Object.entries(given)));
    expect(r.scales.avoidance).toBe(19 / 6);
    expect(r.scales.anxiety).toBe(13 / 3);
  });

  it('no proration: an avoidance item missing leaves avoidance null and anxiety scored', () => {
    const r = score(
      'ecr-rs',
      answers(9, () => 2),
    );
    const { 3: _dropped, ...rest } = answers(9, () => 2);
    const partial = score('ecr-rs', rest);
    expect(r.scales.avoidance).not.toBeNull();
    expect(partial).toMatchObject({ status: 'incomplete', missing: ['3'], scales: { avoidance: null, anxiety: 2 } });
  });

  it('nothing answered: both null, every item missing', () => {
    expect(score('ecr-rs', {})).toMatchObject({ status: 'incomplete', missing: ids(1, 9), scales: { avoidance: null, anxiety: null } });
  });

  it('answers off the 1-7 scale are refused, not scored', () => {
    expect(() => score('ecr-rs', { 1: 0 })).toThrow(/expected one of 1, 2, 3, 4, 5, 6, 7/);
    expect(() => score('ecr-rs', { 1: 8 })).toThrow(/expected one of/);
  });
});

describe('ECR-R scoring', () => {
  const r = (value: (id: number) => number) => score('ecr-r', answers(36, value));
  const REVERSED = [9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36];

  it('all 1: anxiety (16*1 + 2*7)/18 = 30/18; avoidance (6*1 + 12*7)/18 = 90/18 = 5', () => {
    expect(r(() => 1).scales).toEqual({ anxiety: 30 / 18, avoidance: 5 });
  });

  it('all 7: anxiety (16*7 + 2*1)/18 = 114/18; avoidance (6*7 + 12*1)/18 = 54/18 = 3', () => {
    expect(r(() => 7).scales).toEqual({ anxiety: 114 / 18, avoidance: 3 });
  });

  it('reverse keys reach both ends of each dimension', () => {
    expect(r((id) => (REVERSED.includes(id) ? 7 : 1)).scales).toEqual({ anxiety: 1, avoidance: 1 });
    expect(r((id) => (REVERSED.includes(id) ? 1 : 7)).scales).toEqual({ anxiety: 7, avoidance: 7 });
  });

  it('item 18 missing: anxiety null, avoidance scored; item 19 missing: the other way round', () => {
    const { 18: _a, ...no18 } = answers(36, () => 4);
    const { 19: _b, ...no19 } = answers(36, () => 4);
    expect(score('ecr-r', no18)).toMatchObject({ status: 'incomplete', missing: ['18'], scales: { anxiety: null, avoidance: 4 } });
    expect(score('ecr-r', no19)).toMatchObject({ status: 'incomplete', missing: ['19'], scales: { anxiety: 4, avoidance: null } });
  });
});

describe('ECR-RS and ECR-R match the reference, word for word', () => {
  for (const [id, file] of [
    ['ecr-rs', 'ecr-rs.json'],
    ['ecr-r', 'ecr-r.json'],
  ] as const) {
    const ref = reference(file);
    const d = def(id);

    it(`${id}: every item, in order, with its reverse key`, () => {
      expect(d.items.map((i) => i.id)).toEqual(ref.items.map((r: { n: number }) => String(r.n)));
      for (const r of ref.items) {
        const item = d.items.find((i) => i.id === String(r.n))!;
        expect(item.text).toBe(r.text);
        expect(item.reverse ?? false).toBe(r.reverse);
      }
      expect(d.items.filter((i) => i.reverse).map((i) => Number(i.id))).toEqual(ref.scoring.reverseKeyed);
    });

    it(`${id}: a 1-7 scale whose only labels are the reference's anchors`, () => {
      for (const item of d.items) {
        expect(item.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
        const labelled = item.options.filter((o) => o.label).map((o) => ({ value: o.value, label: o.label }));
        expect(labelled).toEqual(ref.responseOptions);
      }
    });

    it(`${id}: the two scales are means over the reference's items, and nothing is categorised`, () => {
      for (const [scale, sub] of Object.entries<{ items: number[]; method: string }>(ref.scoring.subscales)) {
        expect(d.scales.find((s) => s.id === scale)).toMatchObject({ method: sub.method, items: sub.items.map(String) });
      }
      expect(ref.scoring.cutoffs).toBeNull();
      expect(ref.scoring.severityBands).toBeNull();
      expect(d.rules ?? []).toEqual([]);
      expect(d.bands ?? []).toEqual([]);
      expect(d.plots).toEqual([expect.objectContaining({ x: 'avoidance', y: 'anxiety' })]);
    });

    it(`${id}: instructions are the library's (the reference has none) and the licence is stated as found`, () => {
      expect(ref.instructions).toBeNull();
      expect(d.instructions?.by).toBe('library');
      expect(d.licence.status).toBe('author-distributed');
      expect(d.citation).toBe(ref.citation);
    });
  }
});
