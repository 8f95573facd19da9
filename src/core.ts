/**
 * `attune-screeners/core`: the DOM-free entry. Scores, validates and lists instruments in Node or
 * any JavaScript runtime, so a practice's server can re-score a submission with the same code the
 * widget ran (never trust a score a browser computed).
 */
export { score, resolveDefinition, toQuestionnaireResponse } from './api/resolve.js';
export { scoreDefinition } from './scoring/score-definition.js';
export { resolveSettings } from './scoring/settings.js';
export { askedItemIds } from './scoring/gates.js';
export { instruments, instrumentIds, getInstrument } from './instruments/catalog.js';
export { parseDefinition } from './model/parse-definition.js';
export { AttuneError, isAttuneError, describeProblem, type AttuneErrorCode, type Problem } from './model/attune-error.js';
export {
  InstrumentSchema,
  ItemSchema,
  ResponseOptionSchema,
  SectionSchema,
  GateSchema,
  ScaleSchema,
  RuleSchema,
  ConditionSchema,
  BandSchema,
  SettingSchema,
  SafetyItemSchema,
  LicenceSchema,
  PlotSchema,
  type InstrumentDefinition,
  type Item,
  type ResponseOption,
  type Section,
  type Gate,
  type Scale,
  type Rule,
  type Condition,
  type Threshold,
  type Band,
  type Setting,
  type SafetyItem,
  type Licence,
  type Plot,
  LoincCodeSchema,
  type LoincCode,
} from './model/instrument.js';
export { TextPackSchema, applyTextPack, applyTextPacks, type TextPack } from './model/text-pack.js';
export { needsTextPack } from './model/needs-text-pack.js';
export { AnswersSchema, SettingsSchema, type Answers, type Settings } from './model/answers.js';
export { ResultSchema, type Result } from './model/result.js';
export {
  SubmissionSchema,
  ScreenerSubmissionSchema,
  BatterySubmissionSchema,
  SubmittedCompletionSchema,
  type Submission,
  type ScreenerSubmission,
  type BatterySubmission,
  type SubmittedCompletion,
} from './model/submission.js';
export { CompletionSchema, type Completion } from './model/completion.js';
export * from './export/fhir.js';
export { toTransactionBundle, type ToTransactionBundleOptions } from './api/resolve.js';
export { openSealed, type OpeningKeys } from './delivery/load-open-sealed.js';
export type { SealPublicJwk, SealPrivateJwk } from './delivery/seal-key.js';
