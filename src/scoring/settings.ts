/** A definition's settings, with the practice's choices checked against their published range. */
import type { Settings } from '../model/answers.js';
import { AttuneError, type Problem } from '../model/attune-error.js';
import type { InstrumentDefinition } from '../model/instrument.js';

/** Every setting's value, defaults filled in. Throws `invalid-settings` for unknown ids or out-of-range values. */
export function resolveSettings(def: InstrumentDefinition, chosen: Settings = {}): Settings {
  const problems: Problem[] = [];
  const known = new Map((def.settings ?? []).map((s) => [s.id, s]));
  for (const [id, value] of Object.entries(chosen)) {
    const setting = known.get(id);
    if (!setting) problems.push({ path: id, message: `no such setting for ${def.id} (known: ${[...known.keys()].join(', ') || 'none'})` });
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < setting.min || value > setting.max)
      problems.push({ path: id, message: `must be a number from ${setting.min} to ${setting.max}` });
  }
  if (problems.length) throw new AttuneError('invalid-settings', `The settings for ${def.id} are not valid.`, problems);
  return Object.fromEntries([...known.values()].map((s) => [s.id, chosen[s.id] ?? s.default]));
}
