// Hand-worked cases from the PCL-5 scoring rules (Weathers et al. 2013; ../../tests/reference/pcl5.json):
// total = sum of 20 items (0-80); clusters B 1-5, C 6-7, D 8-14, E 15-20; provisional PTSD when items
// rated 2+ include at least 1 B, 1 C, 2 D, 2 E; probable PTSD when total >= cutoff (31-33, default 33).
import { describe, expect, it } from 'vitest';
import { AttuneError, score } from '../../src/core.js';

const all = (v: number) => Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i + 1), v]));
const without = (answers: Record<string, number>, ...ids: string[]) => Object.fromEntries(Object.entries(answers).filter(([k]) => !ids.includes(k)));

describe('PCL-5 scoring', () => {
  it('all "Not at all": every score 0, no rule met, complete', () => {
    expect(score('pcl-5', all(0))).toEqual({
      instrument: { id: 'pcl-5', version: '1.0.0' },
      status: 'complete',
      missing: [],
      scales: { total: 0, B: 0, C: 0, D: 0, E: 0 },
      rules: { 'provisional-ptsd': false, 'above-cutoff': false },
      bands: {},
      flags: [],
      settings: { cutoff: 33 },
    });
  });

  it('all "Extremely": maximum of every scale (80, 20, 8, 28, 24), both rules met', () => {
    const r = score('pcl-5', all(4));
    expect(r.scales).toEqual({ total: 80, B: 20, C: 8, D: 28, E: 24 });
    expect(r.rules).toEqual({ 'provisional-ptsd': true, 'above-cutoff': true });
  });

  it('cluster sums follow the published item membership', () => {
    // item n answered n mod 5: B = 1+2+3+4+0 = 10, C = 1+2 = 3, D = 3+4+0+1+2+3+4 = 17, E = 0+1+2+3+4+0 = 10
    const answers = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i + 1), (i + 1) % 5]));
    expect(score('pcl-5', answers).scales).toEqual({ total: 40, B: 10, C: 3, D: 17, E: 10 });
  });

  describe('cutoff boundary (default 33)', () => {
    // 16 items at 2 and 1 item at 1 = 33; then one point less
    const at = (total: number) => {
      const a = all(0);
      for (let i = 1; i <= 20 && total > 0; i++) {
        const v = Math.min(2, total);
        a[String(i)] = v;
        total -= v;
      }
      return a;
    };
    it('33 is at the cutoff', () => expect(score('pcl-5', at(33)).rules['above-cutoff']).toBe(true));
    it('32 is below it', () => expect(score('pcl-5', at(32)).rules['above-cutoff']).toBe(false));
    it('cutoff 31: 31 meets it, 30 does not', () => {
      expect(score('pcl-5', at(31), { cutoff: 31 }).rules['above-cutoff']).toBe(true);
      expect(score('pcl-5', at(30), { cutoff: 31 }).rules['above-cutoff']).toBe(false);
      expect(score('pcl-5', at(31), { cutoff: 31 }).settings).toEqual({ cutoff: 31 });
    });
    it('cutoff 32: 32 meets it, 31 does not', () => {
      expect(score('pcl-5', at(32), { cutoff: 32 }).rules['above-cutoff']).toBe(true);
      expect(score('pcl-5', at(31), { cutoff: 32 }).rules['above-cutoff']).toBe(false);
    });
    it('a cutoff outside 31-33 is refused, naming the range', () => {
      for (const cutoff of [30, 34, Number.NaN]) {
        expect(() => score('pcl-5', all(0), { cutoff })).toThrowError(/cutoff: must be a number from 31 to 33/);
      }
      expect(() => score('pcl-5', all(0), { threshold: 2 })).toThrowError(AttuneError);
    });
  });

  describe('provisional PTSD pattern', () => {
    // exactly the minimum: item 1 (B), 6 (C), 8 and 9 (D), 15 and 16 (E) at "Moderately", the rest at "A little bit"
    const minimal = { ...all(1), 1: 2, 6: 2, 8: 2, 9: 2, 15: 2, 16: 2 };
    it('1 B, 1 C, 2 D, 2 E at 2 meets it (total 26, below the cutoff)', () => {
      const r = score('pcl-5', minimal);
      expect(r.rules).toEqual({ 'provisional-ptsd': true, 'above-cutoff': false });
      expect(r.scales.total).toBe(26);
    });
    it('one E item fewer does not', () => expect(score('pcl-5', { ...minimal, 16: 1 }).rules['provisional-ptsd']).toBe(false));
    it('one D item fewer does not', () => expect(score('pcl-5', { ...minimal, 9: 1 }).rules['provisional-ptsd']).toBe(false));
    it('no C item does not', () => expect(score('pcl-5', { ...minimal, 6: 1 }).rules['provisional-ptsd']).toBe(false));
    it('no B item does not', () => expect(score('pcl-5', { ...minimal, 1: 1 }).rules['provisional-ptsd']).toBe(false));
    it('"A little bit" on every item is not a symptom', () => expect(score('pcl-5', all(1)).rules['provisional-ptsd']).toBe(false));
    it('a high total without the pattern is above the cutoff but not provisional PTSD', () => {
      // all B, D, E items "Extremely", both C items "A little bit": 76 points, no avoidance symptom
      const r = score('pcl-5', { ...all(4), 6: 1, 7: 1 });
      expect(r.rules).toEqual({ 'provisional-ptsd': false, 'above-cutoff': true });
    });
  });

  describe('missing answers (no proration)', () => {
    it('nothing answered: every score and rule undecided, all 20 missing', () => {
      const r = score('pcl-5', {});
      expect(r.status).toBe('incomplete');
      expect(r.missing).toEqual(Object.keys(all(0)));
      expect(r.scales).toEqual({ total: null, B: null, C: null, D: null, E: null });
      expect(r.rules).toEqual({ 'provisional-ptsd': null, 'above-cutoff': null });
    });
    it('one item missing: its cluster and the total are null, the other clusters stand', () => {
      const r = score('pcl-5', without(all(1), '20'));
      expect(r.status).toBe('incomplete');
      expect(r.missing).toEqual(['20']);
      expect(r.scales).toEqual({ total: null, B: 5, C: 2, D: 7, E: null });
    });
    it('a rule already met is decided: 76 points without item 20 is at or above 33 whatever item 20 is', () => {
      const r = score('pcl-5', without(all(4), '20'));
      expect(r.rules).toEqual({ 'provisional-ptsd': true, 'above-cutoff': true });
      expect(r.scales.total).toBeNull();
    });
    it('a rule already impossible is decided: no B symptom among all five B answers', () => {
      const r = score('pcl-5', without(all(0), '6', '7'));
      expect(r.rules['provisional-ptsd']).toBe(false);
      expect(r.missing).toEqual(['6', '7']);
    });
    it('a rule the missing items could still tip is undecided', () => {
      // 28 points answered, 2 items missing (up to 8 more): 33 is still reachable, and so is staying below
      const a = { ...without(all(0), '19', '20'), 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4 };
      const r = score('pcl-5', a);
      expect(r.rules['above-cutoff']).toBeNull();
      // B and C met, D has no symptom among 7 answered items: decided false
      expect(r.rules['provisional-ptsd']).toBe(false);
    });
    it('32 points with one item missing is undecided at 33 but decided at 31', () => {
      const a = { ...without(all(0), '20'), 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 8: 4 };
      expect(score('pcl-5', a).rules['above-cutoff']).toBeNull();
      expect(score('pcl-5', a, { cutoff: 31 }).rules['above-cutoff']).toBe(true);
    });
  });

  describe('answers that do not fit are refused, never guessed', () => {
    it('a value that is not an option', () => expect(() => score('pcl-5', { ...all(0), 3: 5 })).toThrowError(/3: expected one of 0, 1, 2, 3, 4/));
    it('an unknown item id', () => expect(() => score('pcl-5', { ...all(0), 21: 0 })).toThrowError(/21: no item with this id/));
    it('a value that is not a number', () => {
      const err = (() => {
        try {
          score('pcl-5', { 1: '2' } as never);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(AttuneError);
      expect((err as AttuneError).code).toBe('invalid-answers');
    });
  });

  it('is deterministic and does not modify its input', () => {
    const answers = Object.freeze({ ...all(3) });
    expect(score('pcl-5', answers)).toEqual(score('pcl-5', answers));
  });
});
