/** `score()`: the public, validating entry to scoring. Runs in Node and in the browser alike. */
import { AnswersSchema, type Answers, type Settings } from '../model/answers.js';
import { AttuneError, problemsFromZod } from '../model/attune-error.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import { parseDefinition } from '../model/parse-definition.js';
import type { Result } from '../model/result.js';
import { getInstrument, instrumentIds } from '../instruments/catalog.js';
import { scoreDefinition } from './score-definition.js';

// Definitions from outside are validated once, not on every call (a server may re-score thousands).
const validated = new WeakSet<object>();

/**
 * Finds a built-in instrument by id, or validates a definition object.
 * Throws `AttuneError` (`unknown-instrument` or `invalid-definition`).
 */
export function resolveDefinition(instrument: string | InstrumentDefinition): InstrumentDefinition {
  if (typeof instrument === 'string') {
    const def = getInstrument(instrument);
    if (!def) throw new AttuneError('unknown-instrument', `There is no built-in instrument "${instrument}". Known: ${instrumentIds.join(', ')}.`);
    return def;
  }
  if (instrument !== null && typeof instrument === 'object' && validated.has(instrument)) return instrument;
  const def = parseDefinition(instrument);
  validated.add(instrument);
  return def;
}

/**
 * Scores answers exactly as the instrument's published rules say.
 *
 * @param instrument a built-in instrument id (`"pcl-5"`) or a definition object (validated)
 * @param answers chosen option values keyed by item id (`{ "1": 3, "2": 0 }`); unanswered items are absent
 * @param settings chosen values for the definition's settings (`{ cutoff: 31 }`); defaults otherwise
 * @throws AttuneError for an unknown instrument, an invalid definition, answers that do not fit, or bad settings
 */
export function score(instrument: string | InstrumentDefinition, answers: Answers, settings?: Settings): Result {
  const def = resolveDefinition(instrument);
  const parsed = AnswersSchema.safeParse(answers);
  if (!parsed.success) throw new AttuneError('invalid-answers', 'The answers are not valid.', problemsFromZod(parsed.error));
  // each setting's own value is checked against its published range by resolveSettings, which names it
  if (settings !== undefined && (settings === null || typeof settings !== 'object' || Array.isArray(settings)))
    throw new AttuneError('invalid-settings', 'The settings must be an object of numbers keyed by setting id, e.g. { "cutoff": 33 }.');
  return scoreDefinition(def, parsed.data, settings);
}
