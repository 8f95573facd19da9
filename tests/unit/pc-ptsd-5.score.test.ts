// Hand-worked cases from the PC-PTSD-5 rules (Prins et al. 2016; ../../tests/reference/pc-ptsd-5.json):
// exposure "NO" ends the screen with a total of 0; otherwise total = number of "Yes" to items 1-5;
// positive when total >= cut-point (3 or 4, default 3). Gate unanswered: indeterminate (library policy).
import { describe, expect, it } from 'vitest';
import { score } from '../../src/core.js';

const yes = (n: number) => Object.fromEntries(['1', '2', '3', '4', '5'].map((id, i) => [id, i < n ? 1 : 0]));

describe('PC-PTSD-5 scoring', () => {
  it('exposure "NO": complete with total 0 and a negative screen, items not asked', () => {
    expect(score('pc-ptsd-5', { exposure: 0 })).toEqual({
      instrument: { id: 'pc-ptsd-5', version: '1.0.0' },
      status: 'complete',
      missing: [],
      scales: { total: 0 },
      rules: { positive: false },
      bands: {},
      flags: [],
      settings: { cutoff: 3 },
    });
  });

  it('exposure "NO" ignores answers left from before the client changed it', () => {
    const r = score('pc-ptsd-5', { exposure: 0, ...yes(5) });
    expect(r.scales.total).toBe(0);
    expect(r.rules.positive).toBe(false);
  });

  it('exposure "YES" and five "Yes": total 5, positive', () => {
    expect(score('pc-ptsd-5', { exposure: 1, ...yes(5) })).toMatchObject({ status: 'complete', scales: { total: 5 }, rules: { positive: true } });
  });

  it('exposure "YES" and five "No": total 0, negative', () => {
    expect(score('pc-ptsd-5', { exposure: 1, ...yes(0) })).toMatchObject({ status: 'complete', scales: { total: 0 }, rules: { positive: false } });
  });

  it.each([
    [2, 3, false],
    [3, 3, true],
    [3, 4, false],
    [4, 4, true],
  ])('%i "Yes" with cut-point %i: positive is %s', (n, cutoff, positive) => {
    const r = score('pc-ptsd-5', { exposure: 1, ...yes(n) }, { cutoff });
    expect(r.scales.total).toBe(n);
    expect(r.rules.positive).toBe(positive);
  });

  it('cut-points other than 3 or 4 are refused', () => {
    expect(() => score('pc-ptsd-5', { exposure: 0 }, { cutoff: 2 })).toThrowError(/cutoff: must be a number from 3 to 4/);
    expect(() => score('pc-ptsd-5', { exposure: 0 }, { cutoff: 5 })).toThrowError(/from 3 to 4/);
  });

  it('exposure unanswered: indeterminate even when every item is answered', () => {
    const r = score('pc-ptsd-5', yes(5));
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['exposure']);
    expect(r.scales.total).toBeNull();
    expect(r.rules.positive).toBeNull();
  });

  it('exposure "YES" with items missing: no total, rule decided only where it can be', () => {
    // three "Yes" already reach the default cut-point of 3
    const three = score('pc-ptsd-5', { exposure: 1, 1: 1, 2: 1, 3: 1 });
    expect(three).toMatchObject({ status: 'incomplete', missing: ['4', '5'], scales: { total: null }, rules: { positive: true } });
    // one "Yes" and three "No" answered: at most 2, below 3
    expect(score('pc-ptsd-5', { exposure: 1, 1: 1, 2: 0, 3: 0, 4: 0 }).rules.positive).toBe(false);
    // two "Yes" and one missing: could be 2 or 3
    expect(score('pc-ptsd-5', { exposure: 1, 1: 1, 2: 1, 3: 0, 4: 0 }).rules.positive).toBeNull();
  });

  it('nothing answered: the exposure question and all five items are missing', () => {
    expect(score('pc-ptsd-5', {}).missing).toEqual(['exposure', '1', '2', '3', '4', '5']);
  });
});
