/**
 * `toTransactionBundle()`: completions as a FHIR R4 transaction Bundle an EHR takes: each completion's
 * QuestionnaireResponse, and one Observation per score beside it, coded with the LOINC code the
 * definition carries (`scales[].code`) or else the instrument's own score code system.
 */
import { AttuneError } from '../model/attune-error.js';
import type { Completion } from '../model/completion.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import { LOINC_SYSTEM, OBSERVATION_CATEGORY_SYSTEM, US_CORE_PROFILES, scoreSystem } from './canonical.js';
import type { Coding, Identifier, Observation, QuestionnaireResponse, Reference, TransactionBundle, TransactionBundleEntry } from './fhir-types.js';
import type { QuestionnaireOptions } from './questionnaire.js';
import { parseCompletion, questionnaireResponseFor } from './questionnaire-response.js';

export interface TransactionBundleOptions extends QuestionnaireOptions {
  /** Who the answers are about, e.g. `{ reference: 'Patient/123' }` (required: an EHR files a score under a patient). */
  subject: Reference;
  /** Who answered, when not the subject; also the Observations' performer (the subject otherwise). */
  author?: Reference;
  /**
   * The submission's business identifier, e.g. `{ system: 'https://your.clinic/submissions', value: idempotencyKey }`.
   * It becomes the Bundle's identifier and, extended per resource, each resource's, and every entry is
   * a conditional create (`ifNoneExist`) on it: posting the same bundle twice stores everything once.
   */
  identifier?: Identifier;
  /** Claim the US Core 8.0.0 profiles in `meta.profile` (default true). */
  usCore?: boolean;
  /** Makes each entry's `urn:uuid:` fullUrl (default `crypto.randomUUID()`). */
  newId?: () => string;
}

/** One completion with the definition it was scored with (and the text pack of a restricted instrument). */
export interface BundleCompletion {
  definition: InstrumentDefinition;
  completion: Completion;
  textPack?: unknown;
}

const SCORE_UNIT = { unit: '{score}', system: 'http://unitsofmeasure.org', code: '{score}' } as const;
const SURVEY = [{ coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'survey', display: 'Survey' }] }];

/**
 * A transaction Bundle: for each completion its QuestionnaireResponse (checked against the answers
 * as `toQuestionnaireResponse` checks it) and an Observation per scale that has a score: status
 * `final` for a complete result, `preliminary` otherwise, `category` survey, `effectiveDateTime` the
 * completion time, `derivedFrom` the response. A battery is several completions; its resources'
 * identifiers add the instrument id (`{key}/{instrument}`, `{key}/{instrument}/{scale}`), a single
 * screener's are `{key}` and `{key}/{scale}`.
 *
 * Takes the definitions (validated by the caller); the core's `toTransactionBundle` (src/api/resolve.ts)
 * finds built-in ones by id.
 *
 * @throws AttuneError `invalid-result` (malformed, not what the answers score, or without `completedAt`),
 *   `invalid-answers`, `invalid-text-pack`
 */
export function transactionBundleFor(completions: readonly BundleCompletion[], options: TransactionBundleOptions, battery = completions.length > 1): TransactionBundle {
  if (!options?.subject) throw new AttuneError('invalid-result', 'A transaction bundle needs a subject (e.g. { reference: "Patient/123" }).');
  if (completions.length === 0) throw new AttuneError('invalid-result', 'There is no completion to put in the bundle.');
  const usCore = options.usCore ?? true;
  const newId = options.newId ?? randomUuid;
  const id = options.identifier;
  const idFor = (...parts: string[]): Identifier | undefined => (id?.value === undefined ? undefined : { ...id, value: [id.value, ...parts].join('/') });
  const entry: TransactionBundleEntry[] = [];

  for (const { definition: def, completion, textPack } of completions) {
    const parsed = parseCompletion(completion);
    if (parsed.completedAt === undefined)
      throw new AttuneError('invalid-result', `The ${def.id} completion has no completedAt: a score an EHR charts needs the time it was observed.`);
    const prefix = battery ? [def.id] : [];
    const responseIdentifier = idFor(...prefix);
    const response = questionnaireResponseFor(def, parsed, {
      ...(options.canonicalBase ? { canonicalBase: options.canonicalBase } : {}),
      ...(textPack !== undefined ? { textPack } : {}),
      subject: options.subject,
      ...(options.author ? { author: options.author } : {}),
      ...(responseIdentifier ? { identifier: responseIdentifier } : {}),
    });
    const responseUrl = `urn:uuid:${newId()}`;
    entry.push(entryFor(responseUrl, withProfile(response, usCore ? US_CORE_PROFILES.questionnaireResponse : undefined), responseIdentifier));

    const { result } = parsed;
    const effectiveDateTime = response.authored!;
    for (const scale of def.scales) {
      const value = result.scales[scale.id];
      if (value === null || value === undefined) continue;
      const band = (def.bands ?? []).find((b) => b.scale === scale.id && result.bands[b.id]);
      const coding: Coding = scale.code
        ? { system: LOINC_SYSTEM, code: scale.code.code, display: scale.code.display }
        : { system: scoreSystem(def, options.canonicalBase), code: scale.id, display: scale.label };
      const identifier = idFor(...prefix, scale.id);
      const observation: Observation = {
        resourceType: 'Observation',
        ...(usCore ? { meta: { profile: [US_CORE_PROFILES.screeningAssessment] } } : {}),
        ...(identifier ? { identifier: [identifier] } : {}),
        status: result.status === 'complete' ? 'final' : 'preliminary',
        category: SURVEY,
        code: { coding: [coding], text: `${def.shortTitle}: ${scale.label}` },
        subject: options.subject,
        effectiveDateTime,
        performer: [options.author ?? options.subject],
        valueQuantity: { value, ...SCORE_UNIT },
        ...(band ? { interpretation: [{ text: result.bands[band.id]! }] } : {}),
        derivedFrom: [{ reference: responseUrl }],
      };
      entry.push(entryFor(`urn:uuid:${newId()}`, observation, identifier));
    }
  }
  return { resourceType: 'Bundle', ...(id ? { identifier: id } : {}), type: 'transaction', entry };
}

function withProfile(response: QuestionnaireResponse, profile: string | undefined): QuestionnaireResponse {
  if (!profile) return response;
  const { resourceType, ...rest } = response;
  return { resourceType, meta: { profile: [profile] }, ...rest };
}

function entryFor(fullUrl: string, resource: QuestionnaireResponse | Observation, identifier: Identifier | undefined): TransactionBundleEntry {
  const conditional = identifier?.system !== undefined && identifier.value !== undefined;
  return {
    fullUrl,
    resource,
    request: {
      method: 'POST',
      url: resource.resourceType,
      ...(conditional ? { ifNoneExist: `identifier=${encodeURIComponent(identifier.system!)}|${encodeURIComponent(identifier.value!)}` } : {}),
    },
  };
}

// Node 19+, Deno, Bun, workers and browsers (secure contexts) provide crypto.randomUUID; a fullUrl is
// only a name inside the bundle, so where it is missing a random version 4 UUID of Math.random does.
function randomUuid(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
