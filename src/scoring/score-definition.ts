/**
 * Scoring of a definition already known to be valid (a built-in, or one that passed the schema).
 * Pure and deterministic, and free of zod so that the script-tag bundle stays small; `score()` in
 * the core entry validates untrusted definitions and answers before calling this.
 */
import type { Answers, Settings } from '../model/answers.js';
import type { InstrumentDefinition, Item } from '../model/instrument.js';
import { optionRange } from '../model/instrument-references.js';
import type { Result } from '../model/result.js';
import { checkAnswers } from './check-answers.js';
import { evaluate, type ConditionContext, type Outcome } from './conditions.js';
import { gateState } from './gates.js';
import { resolveSettings } from './settings.js';
import { raisedFlags } from './safety-flags.js';

/**
 * Scores answers to a valid definition exactly as its published rules say.
 * @throws AttuneError (`invalid-answers`, `invalid-settings`) for answers or settings that do not fit
 */
export function scoreDefinition(def: InstrumentDefinition, answers: Answers, settings?: Settings): Result {
  const given = checkAnswers(def, answers);
  const chosen = resolveSettings(def, settings);
  const { skipped, undecided } = gateState(def, given);
  const items = new Map(def.items.map((item) => [item.id, item]));

  const value = (id: string): number | undefined => {
    if (skipped.has(id)) return skipped.get(id);
    if (undecided.has(id)) return undefined;
    const answer = given[id];
    return answer === undefined ? undefined : scored(items.get(id)!, answer);
  };

  const missing = def.items.filter((item) => !item.optional && !skipped.has(item.id) && given[item.id] === undefined).map((item) => item.id);

  // The range each item's scored value can still take: one point once answered, else all it could be.
  const itemRange = (id: string): [number, number] => {
    const v = value(id);
    if (v !== undefined) return [v, v];
    const [lo, hi] = optionRange(items.get(id)!);
    const gate = def.gates?.find((g) => g.skips.includes(id));
    return gate && undecided.has(id) ? [Math.min(lo, gate.skippedValue), Math.max(hi, gate.skippedValue)] : [lo, hi];
  };
  const scaleRanges = new Map<string, [number, number]>();
  const scales: Record<string, number | null> = {};
  for (const scale of def.scales) {
    const n = scale.method === 'mean' ? scale.items.length : 1;
    const [lo, hi] = scale.items.map(itemRange).reduce(([a, b], [l, h]) => [a + l, b + h], [0, 0]);
    scaleRanges.set(scale.id, [lo / n, hi / n]);
    // no proration: a scale with any item missing has no score
    scales[scale.id] = scale.items.every((id) => value(id) !== undefined) ? lo / n : null;
  }

  const rules: Record<string, Outcome> = {};
  const ctx: ConditionContext = { value, scaleRange: (id) => scaleRanges.get(id)!, rules, settings: chosen };
  for (const rule of def.rules ?? []) rules[rule.id] = evaluate(rule.when, ctx);

  const bands: Record<string, string | null> = {};
  for (const band of def.bands ?? []) {
    const s = scales[band.scale];
    bands[band.id] = s === null || s === undefined ? null : (band.ranges.find((r) => r.from <= s && s <= r.to)?.label ?? null);
  }

  const flags = raisedFlags(def, given);

  return {
    instrument: { id: def.id, version: def.version },
    status: missing.length ? 'incomplete' : 'complete',
    missing,
    scales,
    rules,
    bands,
    flags,
    settings: chosen,
  };
}

/** A reverse-keyed item scores as (lowest + highest option value) − answer: 8 − x on a 1–7 scale. */
function scored(item: Item, answer: number): number {
  if (!item.reverse) return answer;
  const [lo, hi] = optionRange(item);
  return lo + hi - answer;
}
