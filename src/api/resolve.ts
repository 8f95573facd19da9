/**
 * The core's public functions that take a built-in instrument by id: the one place an id is turned
 * into a definition. `scoring/` and `export/` take a definition and never look one up (the layer rule,
 * docs/architecture.md), so a practice's own instrument and a built-in one go through the same code.
 */
import type { Answers, Settings } from '../model/answers.js';
import { AttuneError } from '../model/attune-error.js';
import type { Completion } from '../model/completion.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import type { Result } from '../model/result.js';
import { getInstrument, instrumentIds } from '../instruments/catalog.js';
import { checkedDefinition, scoreChecked } from '../scoring/score.js';
import { parseCompletion, questionnaireResponseFor, type QuestionnaireResponseOptions } from '../export/questionnaire-response.js';
import type { QuestionnaireResponse, TransactionBundle } from '../export/fhir-types.js';
import { transactionBundleFor, type TransactionBundleOptions } from '../export/transaction-bundle.js';

/**
 * Finds a built-in instrument by id, or validates a definition object (once: a definition already
 * accepted is trusted after that).
 * Throws `AttuneError` (`unknown-instrument` or `invalid-definition`).
 */
export function resolveDefinition(instrument: string | InstrumentDefinition): InstrumentDefinition {
  if (typeof instrument === 'string') {
    const def = getInstrument(instrument);
    if (!def) throw new AttuneError('unknown-instrument', `There is no built-in instrument "${instrument}". Known: ${instrumentIds.join(', ')}.`);
    return def;
  }
  return checkedDefinition(instrument);
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
  return scoreChecked(resolveDefinition(instrument), answers, settings);
}

/**
 * A completion (`{ result, answers, completedAt? }`: the `detail` of `attune-complete`, or a
 * submission body) as a FHIR R4 QuestionnaireResponse to the Questionnaire from `toQuestionnaire`:
 * each answer as the Coding of the chosen option, and the scores, bands, rule outcomes, settings and
 * safety flags in `group/results`. Status `completed`, or `in-progress` for an incomplete result
 * (unanswered items are left out; null scores and undecided rules too).
 *
 * The answers travel with the result because a response without them would carry scores with no
 * evidence. Before anything is written the result is checked against the answers: they are
 * re-scored with the result's own settings, and any difference throws, so a result tampered with
 * (or scored by another version of the definition) never becomes a clinical record.
 *
 * The definition is `options.definition` (validated) or else the built-in instrument the result names.
 *
 * @throws AttuneError `unknown-instrument`, `invalid-definition`, `invalid-text-pack`, `invalid-answers`, or
 *   `invalid-result` (malformed, another instrument or version, or not what the answers score)
 */
export function toQuestionnaireResponse(completion: Completion, options: QuestionnaireResponseOptions = {}): QuestionnaireResponse {
  // a malformed completion is reported as such before its instrument id is looked up, as it always was
  const parsed = parseCompletion(completion);
  const definition = resolveDefinition(options.definition ?? parsed.result.instrument.id);
  return questionnaireResponseFor(definition, parsed, options);
}

/** Options of {@link toTransactionBundle}: the bundle's, and the definitions and text packs that are not built in. */
export interface ToTransactionBundleOptions extends TransactionBundleOptions {
  /** A practice's own definitions (validated), found by the result's instrument id before the built-ins. */
  definitions?: readonly InstrumentDefinition[];
  /** The wording of a restricted instrument (IES-R) by instrument id, as the screener takes it. */
  textPacks?: Readonly<Record<string, unknown>>;
}

/**
 * A submission (a screener's completion or a battery's `{ completions }`) as a FHIR R4 transaction
 * Bundle for an EHR: each completion's QuestionnaireResponse and an Observation per score, coded with
 * the LOINC code the definition carries or the instrument's own score code system, `derivedFrom` the
 * response, with the US Core 8.0.0 profiles. Each result is checked against its answers first, so a
 * tampered score never reaches the record. POST it to the FHIR server's base URL.
 *
 * @param submission `{ result, answers, completedAt }` (a screener's submission body, or the detail of
 *   `attune-complete` with the time), or `{ completions: [...] }` (a battery's submission body)
 * @throws AttuneError `unknown-instrument`, `invalid-definition`, `invalid-text-pack`, `invalid-answers`, or
 *   `invalid-result` (malformed, not what the answers score, without `completedAt`, or no subject)
 */
export function toTransactionBundle(submission: Completion | { completions: readonly Completion[] }, options: ToTransactionBundleOptions): TransactionBundle {
  const { definitions = [], textPacks = {}, ...bundleOptions } = options ?? ({} as ToTransactionBundleOptions);
  const isBattery = typeof submission === 'object' && submission !== null && Array.isArray((submission as { completions?: unknown }).completions);
  const completions = isBattery ? (submission as { completions: readonly Completion[] }).completions : [submission as Completion];
  const entries = completions.map((completion) => {
    const parsed = parseCompletion(completion);
    const id = parsed.result.instrument.id;
    const own = definitions.find((d) => d.id === id);
    const textPack = Object.hasOwn(textPacks, id) ? textPacks[id] : undefined;
    return { definition: resolveDefinition(own ?? id), completion: parsed, ...(textPack !== undefined ? { textPack } : {}) };
  });
  return transactionBundleFor(entries, bundleOptions, isBattery);
}
