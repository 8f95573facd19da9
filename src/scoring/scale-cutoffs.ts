/**
 * The cutoffs a definition's rules apply to each scale ("total at or above 33"), read from the rule
 * conditions with the settings a result was scored with, for showing a score beside its cutoff.
 */
import type { Settings } from '../model/answers.js';
import type { Condition, InstrumentDefinition } from '../model/instrument.js';

export interface ScaleCutoff {
  /** The score at or above which the rule's condition on this scale is met. */
  atLeast: number;
  /** The rule that applies it. */
  rule: string;
  /** True when the rule is this comparison alone, so its outcome says whether the score met the cutoff. */
  direct: boolean;
}

/** Each scale's cutoffs, by scale id; scales that no rule compares with a threshold are absent. */
export function scaleCutoffs(def: InstrumentDefinition, settings: Settings): Map<string, ScaleCutoff[]> {
  const out = new Map<string, ScaleCutoff[]>();
  const visit = (c: Condition, rule: string, direct: boolean) => {
    switch (c.type) {
      case 'scale': {
        const t = c.atLeast;
        const atLeast = typeof t === 'number' ? t : (settings[t.setting] ?? def.settings?.find((s) => s.id === t.setting)?.default);
        if (atLeast === undefined) return;
        const list = out.get(c.scale) ?? [];
        if (!list.some((x) => x.atLeast === atLeast)) list.push({ atLeast, rule, direct });
        out.set(c.scale, list);
        return;
      }
      case 'all':
      case 'any':
        c.of.forEach((inner) => visit(inner, rule, false));
        return;
      case 'not':
        visit(c.of, rule, false);
        return;
      default:
        return;
    }
  };
  for (const rule of def.rules ?? []) visit(rule.when, rule.id, true);
  return out;
}
