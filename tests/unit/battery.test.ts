// Battery gating: which instrument comes next, which are skipped and why, and how many remain.
import { describe, expect, it } from 'vitest';
import { score } from '../../src/core.js';
import { checkGating, DEFAULT_GATING, planBattery } from '../../src/session/battery.js';

const order = ['pc-ptsd-5', 'pcl-5', 'ecr-rs', 'phq-9'];
const negative = score('pc-ptsd-5', { exposure: 1, '1': 1, '2': 1, '3': 0, '4': 0, '5': 0 }); // 2 of 5: below the cut-point 3
const positive = score('pc-ptsd-5', { exposure: 1, '1': 1, '2': 1, '3': 1, '4': 0, '5': 0 });
const noEvent = score('pc-ptsd-5', { exposure: 0 });

describe('battery plan', () => {
  it('starts with the first instrument; the PCL-5 may still be asked ("up to 4")', () => {
    expect(planBattery(order, DEFAULT_GATING, new Map())).toEqual({ next: 'pc-ptsd-5', skipped: [], total: 4 });
  });

  it('a negative PC-PTSD-5 skips the PCL-5, saying why', () => {
    expect(negative.rules.positive).toBe(false);
    const plan = planBattery(order, DEFAULT_GATING, new Map([['pc-ptsd-5', negative]]));
    expect(plan).toEqual({ next: 'ecr-rs', skipped: [{ instrument: 'pcl-5', reason: 'pc-ptsd-5 rule "positive" was not met' }], total: 3 });
  });

  it('no traumatic event (exposure "NO") skips the PCL-5 too', () => {
    expect(planBattery(order, DEFAULT_GATING, new Map([['pc-ptsd-5', noEvent]])).next).toBe('ecr-rs');
  });

  it('a positive PC-PTSD-5 asks the PCL-5 next', () => {
    expect(planBattery(order, DEFAULT_GATING, new Map([['pc-ptsd-5', positive]]))).toEqual({ next: 'pcl-5', skipped: [], total: 4 });
  });

  it('ends when every instrument not skipped has a result', () => {
    const results = new Map([
      ['pc-ptsd-5', negative],
      ['ecr-rs', negative],
      ['phq-9', negative],
    ]);
    expect(planBattery(order, DEFAULT_GATING, results).next).toBeUndefined();
  });

  it('gating can be turned off, or set on a scale threshold', () => {
    expect(planBattery(order, [], new Map([['pc-ptsd-5', negative]])).next).toBe('pcl-5');
    const gating = [{ ask: 'pcl-5', when: { instrument: 'pc-ptsd-5', scale: 'total', atLeast: 2 } }];
    expect(planBattery(order, gating, new Map([['pc-ptsd-5', negative]])).next).toBe('pcl-5');
    expect(planBattery(order, gating, new Map([['pc-ptsd-5', noEvent]])).skipped).toEqual([{ instrument: 'pcl-5', reason: 'pc-ptsd-5 scale "total" was below 2' }]);
  });

  it('a gate whose earlier instrument is not in the battery, or comes later, does not apply', () => {
    expect(planBattery(['pcl-5', 'phq-9'], DEFAULT_GATING, new Map()).next).toBe('pcl-5');
    expect(planBattery(['pcl-5', 'pc-ptsd-5'], DEFAULT_GATING, new Map()).next).toBe('pcl-5');
  });

  it("checks a host's gating list and names each problem by path", () => {
    expect(checkGating('pcl-5').problems).toEqual([{ path: '', message: 'gating must be an array of { ask, when } rules' }]);
    const { gating, problems } = checkGating([
      { ask: 'pcl-5', when: { instrument: 'pc-ptsd-5', rule: 'positive' } },
      { ask: 'phq-9' },
      { ask: 'gad-7', when: { instrument: 'phq-9', scale: 'total' } },
    ]);
    expect(gating).toEqual([{ ask: 'pcl-5', when: { instrument: 'pc-ptsd-5', rule: 'positive' } }]);
    expect(problems).toEqual([
      { path: '[1].when.instrument', message: 'the id of the earlier instrument' },
      { path: '[2].when', message: 'either { rule } or { scale, atLeast }' },
    ]);
  });
});
