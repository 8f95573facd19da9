/**
 * Three-valued evaluation of rule conditions: true, false, or null when the answers given so far
 * cannot settle the outcome. A condition already met (or already impossible) is decided even while
 * other items are missing; nothing is prorated.
 */
import type { Settings } from '../model/answers.js';
import type { Condition, Threshold } from '../model/instrument.js';

export type Outcome = boolean | null;

export interface ConditionContext {
  /** The scored value of an item, or undefined while it cannot be scored. */
  value(itemId: string): number | undefined;
  /** Lowest and highest score each scale can still reach, given the answers so far. */
  scaleRange(scaleId: string): [number, number];
  rules: Record<string, Outcome>;
  settings: Settings;
}

export function evaluate(c: Condition, ctx: ConditionContext): Outcome {
  switch (c.type) {
    case 'count': {
      let met = 0;
      let unknown = 0;
      for (const id of c.items) {
        const v = ctx.value(id);
        if (v === undefined) unknown++;
        else if (v >= c.valueAtLeast) met++;
      }
      if (met >= c.countAtLeast) return true;
      return met + unknown < c.countAtLeast ? false : null;
    }
    case 'scale': {
      // decided as soon as no answer to the missing items could move the score across the threshold
      const [lo, hi] = ctx.scaleRange(c.scale);
      const t = threshold(c.atLeast, ctx.settings);
      if (lo >= t) return true;
      return hi < t ? false : null;
    }
    case 'rule':
      return ctx.rules[c.rule] ?? null;
    case 'not': {
      const inner = evaluate(c.of, ctx);
      return inner === null ? null : !inner;
    }
    case 'all': {
      const outcomes = c.of.map((inner) => evaluate(inner, ctx));
      if (outcomes.includes(false)) return false;
      return outcomes.includes(null) ? null : true;
    }
    case 'any': {
      const outcomes = c.of.map((inner) => evaluate(inner, ctx));
      if (outcomes.includes(true)) return true;
      return outcomes.includes(null) ? null : false;
    }
  }
}

function threshold(t: Threshold, settings: Settings): number {
  // settings are resolved (defaults filled in) and definitions cross-checked, so the id exists
  return typeof t === 'number' ? t : (settings[t.setting] as number);
}
