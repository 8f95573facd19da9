/** `toQuestionnaireResponse()`: one completion as a FHIR R4 QuestionnaireResponse. */
import { AttuneError, problemsFromZod, type Problem } from '../model/attune-error.js';
import { CompletionSchema, type Completion } from '../model/completion.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import { applyTextPacks } from '../model/text-pack.js';
import { localizeDefinition } from '../model/localize-definition.js';
import type { Result } from '../model/result.js';
import { scoreDefinition } from '../scoring/score-definition.js';
import { gateState } from '../scoring/gates.js';
import { ATTUNE_CANONICAL_BASE, linkIds, questionnaireUrl } from './canonical.js';
import type { Identifier, QuestionnaireResponse, QuestionnaireResponseAnswer, QuestionnaireResponseItem, Reference } from './fhir-types.js';
import { answerCoding, isWholeNumberScale, safetyFlags, type QuestionnaireOptions } from './questionnaire.js';

export interface QuestionnaireResponseOptions extends QuestionnaireOptions {
  /** The definition the result was scored with, when it is not a built-in (validated). */
  definition?: InstrumentDefinition;
  /**
   * The practice's text pack (or a list, one per language), as the screener takes it: the wording of a
   * restricted instrument (IES-R), or a licensed translation, so that the response carries the item
   * text the client read; validated against the structure.
   */
  textPack?: unknown;
  /** Who the answers are about, e.g. `{ reference: 'Patient/123' }`. */
  subject?: Reference;
  /** Who answered, when not the subject. */
  author?: Reference;
  /** The resource id, when your server assigns it before storing. */
  id?: string;
  /** A business identifier, e.g. the submission's idempotency key: `{ system: 'https://your.clinic/submissions', value: key }`. */
  identifier?: Identifier;
}

/**
 * The completion checked as `toQuestionnaireResponse` takes it.
 * @throws AttuneError `invalid-result` when it is not a result with its answers
 */
export function parseCompletion(completion: unknown): Completion {
  const parsed = CompletionSchema.safeParse(completion);
  if (!parsed.success) throw new AttuneError('invalid-result', 'The completion is not a result with its answers.', problemsFromZod(parsed.error));
  return parsed.data;
}

/**
 * A completion (`{ result, answers, completedAt? }`: the `detail` of `attune-complete`, or a
 * submission body) as a FHIR R4 QuestionnaireResponse to the Questionnaire from
 * {@link toQuestionnaire}: each answer as the Coding of the chosen option, and the scores, bands,
 * rule outcomes, settings and safety flags in `group/results`. Status `completed`, or `in-progress`
 * for an incomplete result (unanswered items are left out; null scores and undecided rules too).
 *
 * The answers travel with the result because a response without them would carry scores with no
 * evidence. Before anything is written the result is checked against the answers: they are
 * re-scored with the result's own settings, and any difference throws, so a result tampered with
 * (or scored by another version of the definition) never becomes a clinical record.
 *
 * Takes the definition (validated by the caller); the core's `toQuestionnaireResponse` (src/api/resolve.ts)
 * finds a built-in one by the result's instrument id.
 *
 * @throws AttuneError `invalid-text-pack`, `invalid-answers`, or `invalid-result` (malformed, another
 *   instrument or version, or not what the answers score)
 */
export function questionnaireResponseFor(
  structure: InstrumentDefinition,
  completion: Completion,
  options: Omit<QuestionnaireResponseOptions, 'definition'> = {},
): QuestionnaireResponse {
  const { result, answers, completedAt } = parseCompletion(completion);
  const def = options.textPack === undefined ? structure : applyTextPacks(structure, Array.isArray(options.textPack) ? options.textPack : [options.textPack]);
  checkResult(def, result, scoreDefinition(def, answers, result.settings));
  // each question as the client read it: in the language the result says it was answered in (the
  // codings keep their code system's own display)
  const asked = result.language ? localizeDefinition(def, result.language).definition : def;

  const base = options.canonicalBase ?? ATTUNE_CANONICAL_BASE;
  const items: QuestionnaireResponseItem[] = [];
  const { skipped } = gateState(def, answers);
  for (const [index, item] of def.items.entries()) {
    const value = answers[item.id];
    // an item a closed gate skipped was not asked: it has no answer and, in FHIR, is not enabled
    if (value === undefined || skipped.has(item.id)) continue;
    const option = item.options.find((o) => o.value === value)!;
    const text = asked.items[index]!.text;
    items.push({ linkId: item.id, ...(text ? { text } : {}), answer: [{ valueCoding: answerCoding(def, option, base) }] });
  }
  const results = resultItems(def, result, answers);
  if (results.length) items.push({ linkId: linkIds.results, item: results });

  return {
    resourceType: 'QuestionnaireResponse',
    ...(options.id ? { id: options.id } : {}),
    ...(options.identifier ? { identifier: options.identifier } : {}),
    questionnaire: `${questionnaireUrl(def, base)}|${def.version}`,
    ...(result.language ? { language: result.language } : {}),
    status: result.status === 'complete' ? 'completed' : 'in-progress',
    ...(options.subject ? { subject: options.subject } : {}),
    ...(completedAt !== undefined ? { authored: dateTime(completedAt) } : {}),
    ...(options.author ? { author: options.author } : {}),
    ...(items.length ? { item: items } : {}),
  };
}

function resultItems(def: InstrumentDefinition, result: Result, answers: Record<string, number>): QuestionnaireResponseItem[] {
  const out: QuestionnaireResponseItem[] = [];
  const add = (linkId: string, answer: QuestionnaireResponseAnswer | undefined) => {
    if (answer) out.push({ linkId, answer: [answer] });
  };
  for (const scale of def.scales) {
    const value = result.scales[scale.id];
    add(linkIds.scale(scale.id), value === null || value === undefined ? undefined : isWholeNumberScale(def, scale) ? { valueInteger: value } : { valueDecimal: value });
  }
  for (const band of def.bands ?? []) {
    const label = result.bands[band.id];
    add(linkIds.band(band.id), label ? { valueString: label } : undefined);
  }
  for (const rule of def.rules ?? []) {
    const outcome = result.rules[rule.id];
    add(linkIds.rule(rule.id), outcome === null || outcome === undefined ? undefined : { valueBoolean: outcome });
  }
  for (const setting of def.settings ?? []) {
    const value = result.settings[setting.id];
    if (value === undefined) continue;
    add(
      linkIds.setting(setting.id),
      Number.isInteger(value) && [setting.min, setting.max, setting.default].every(Number.isInteger) ? { valueInteger: value } : { valueDecimal: value },
    );
  }
  // A raised flag is true; a flag whose items were all answered without raising it is false; unknown otherwise.
  for (const { flag, items } of safetyFlags(def)) {
    const raised = result.flags.includes(flag);
    const decided = raised || items.every((i) => answers[i.item] !== undefined);
    add(linkIds.flag(flag), decided ? { valueBoolean: raised } : undefined);
  }
  return out;
}

function checkResult(def: InstrumentDefinition, given: Result, rescored: Result): void {
  const { id, version } = given.instrument;
  if (id !== def.id || version !== def.version) throw new AttuneError('invalid-result', `The result is for ${id} ${version}, but the definition is ${def.id} ${def.version}.`);
  const problems: Problem[] = [];
  for (const key of ['status', 'missing', 'scales', 'rules', 'bands', 'flags', 'settings'] as const) {
    if (!sameJson(given[key], rescored[key]))
      problems.push({ path: key, message: `expected ${JSON.stringify(rescored[key])} from the answers, got ${JSON.stringify(given[key])}` });
  }
  if (problems.length) throw new AttuneError('invalid-result', 'The result is not what its answers score.', problems);
}

/** Equal as data, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

// FHIR dateTime: a time needs a zone. A string is passed on as given and checked by the caller's validator.
function dateTime(value: string | Date): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new AttuneError('invalid-result', 'completedAt is not a valid date.');
    return value.toISOString();
  }
  if (!/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/.test(value))
    throw new AttuneError('invalid-result', `completedAt "${value}" is not an ISO 8601 date-time with a time zone.`);
  return value;
}
