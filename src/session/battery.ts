/**
 * A battery: several instruments in one pass, where some are asked only when an earlier result
 * says so (the PCL-5 after a positive PC-PTSD-5). Pure functions on plain data; the element renders
 * whichever instrument comes next and never decides anything itself.
 */
import type { Problem } from '../model/attune-error.js';
import type { Result } from '../model/result.js';

/** When an earlier instrument's result opens a gate: a rule met, or a scale at or above a value. */
export type BatteryCondition = { instrument: string; rule: string } | { instrument: string; scale: string; atLeast: number };

/** Ask `ask` only when `when` holds. An instrument with no gate is always asked. */
export interface BatteryGate {
  ask: string;
  when: BatteryCondition;
}

/** The published pathway: the PCL-5 follows the PC-PTSD-5 only when the screen is positive. */
export const DEFAULT_GATING: readonly BatteryGate[] = Object.freeze([{ ask: 'pcl-5', when: { instrument: 'pc-ptsd-5', rule: 'positive' } }]);

export interface Skipped {
  instrument: string;
  /** Which condition was not met, in words for the practice. */
  reason: string;
}

/**
 * Checks a host's gating list (an untrusted property), naming each problem by path. Structural
 * checks by hand: zod stays out of the script-tag bundle (it is loaded only for custom definitions).
 */
export function checkGating(input: unknown): { gating: BatteryGate[]; problems: Problem[] } {
  if (!Array.isArray(input)) return { gating: [], problems: [{ path: '', message: 'gating must be an array of { ask, when } rules' }] };
  const problems: Problem[] = [];
  const gating: BatteryGate[] = [];
  input.forEach((gate: unknown, i) => {
    const g = (gate ?? {}) as Record<string, unknown>;
    const when = (g.when ?? {}) as Record<string, unknown>;
    const at = (field: string, message: string) => problems.push({ path: `[${i}]${field}`, message });
    if (typeof g.ask !== 'string' || !g.ask) return at('.ask', 'the id of the instrument to ask');
    if (typeof when.instrument !== 'string' || !when.instrument) return at('.when.instrument', 'the id of the earlier instrument');
    if (typeof when.rule === 'string' && when.rule) return void gating.push({ ask: g.ask, when: { instrument: when.instrument, rule: when.rule } });
    if (typeof when.scale === 'string' && when.scale && typeof when.atLeast === 'number' && Number.isFinite(when.atLeast)) {
      return void gating.push({ ask: g.ask, when: { instrument: when.instrument, scale: when.scale, atLeast: when.atLeast } });
    }
    at('.when', 'either { rule } or { scale, atLeast }');
  });
  return { gating, problems };
}

/** Gates that can apply here: their condition's instrument is in the battery, before the one it gates. */
export function applicableGates(order: readonly string[], gating: readonly BatteryGate[]): BatteryGate[] {
  return gating.filter((g) => order.includes(g.ask) && order.indexOf(g.when.instrument) > -1 && order.indexOf(g.when.instrument) < order.indexOf(g.ask));
}

function holds(condition: BatteryCondition, result: Result): boolean {
  if ('rule' in condition) return result.rules[condition.rule] === true;
  const value = result.scales[condition.scale];
  return typeof value === 'number' && value >= condition.atLeast;
}

function describe(condition: BatteryCondition): string {
  return 'rule' in condition ? `${condition.instrument} rule "${condition.rule}" was not met` : `${condition.instrument} scale "${condition.scale}" was below ${condition.atLeast}`;
}

export interface BatteryPlan {
  /** The instrument to ask now, or undefined when the battery is finished. */
  next?: string;
  /** Instruments passed over because a gate stayed closed, in order. */
  skipped: Skipped[];
  /** Instruments asked or still to be asked: for "Questionnaire 2 of 3". */
  total: number;
}

/** What comes next, given the results so far (by instrument id). An undecided rule keeps the gate closed. */
export function planBattery(order: readonly string[], gating: readonly BatteryGate[], results: ReadonlyMap<string, Result>): BatteryPlan {
  const gates = applicableGates(order, gating);
  const skipped: Skipped[] = [];
  let next: string | undefined;
  let total = 0;
  for (const id of order) {
    const closed = gates.find((g) => g.ask === id && results.has(g.when.instrument) && !holds(g.when, results.get(g.when.instrument)!));
    if (closed) {
      skipped.push({ instrument: id, reason: describe(closed.when) });
      continue;
    }
    total++;
    if (next === undefined && !results.has(id)) next = id;
  }
  return { next, skipped, total };
}
