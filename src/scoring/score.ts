/**
 * Validating scoring of a definition the caller already holds: a definition object from outside is
 * checked once, the answers and settings on every call. Takes a definition and never looks one up by
 * id (that is the core API's job, src/api/resolve.ts), so scoring depends on the model alone.
 */
import { AnswersSchema, type Answers, type Settings } from '../model/answers.js';
import { AttuneError, problemsFromZod } from '../model/attune-error.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import { parseDefinition } from '../model/parse-definition.js';
import type { Result } from '../model/result.js';
import { scoreDefinition } from './score-definition.js';

// Definitions from outside are validated once, not on every call (a server may re-score thousands).
const validated = new WeakSet<object>();

/**
 * A definition object, validated the first time it is seen and trusted after that.
 * Throws `AttuneError` (`invalid-definition`).
 */
export function checkedDefinition(definition: unknown): InstrumentDefinition {
  if (definition !== null && typeof definition === 'object' && validated.has(definition)) return definition as InstrumentDefinition;
  const def = parseDefinition(definition);
  validated.add(definition as object);
  return def;
}

/**
 * Scores answers to a definition exactly as its published rules say, after checking the answers and
 * the settings' shape (each setting's range is checked by resolveSettings, which names it).
 * @throws AttuneError `invalid-answers` or `invalid-settings`
 */
export function scoreChecked(definition: InstrumentDefinition, answers: Answers, settings?: Settings): Result {
  const parsed = AnswersSchema.safeParse(answers);
  if (!parsed.success) throw new AttuneError('invalid-answers', 'The answers are not valid.', problemsFromZod(parsed.error));
  if (settings !== undefined && (settings === null || typeof settings !== 'object' || Array.isArray(settings)))
    throw new AttuneError('invalid-settings', 'The settings must be an object of numbers keyed by setting id, e.g. { "cutoff": 33 }.');
  return scoreDefinition(definition, parsed.data, settings);
}
