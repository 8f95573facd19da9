/**
 * FHIR R4 export: Questionnaire, QuestionnaireResponse and the transaction Bundle with Observations. DOM-free, in `attune-screeners/core`.
 * One concept per file: canonical identifiers, the Questionnaire, the response, the bundle. LOINC codes travel in
 * the definition (`code` on the instrument, its scales, items and options), never in a table here.
 */
export { toQuestionnaire, ORDINAL_VALUE_URL, type QuestionnaireOptions } from './questionnaire.js';
export { type QuestionnaireResponseOptions } from './questionnaire-response.js';
export { type TransactionBundleOptions } from './transaction-bundle.js';
export { ATTUNE_CANONICAL_BASE, LOINC_SYSTEM, questionnaireUrl, answerSystem, scoreSystem, US_CORE_VERSION, US_CORE_PROFILES, OBSERVATION_CATEGORY_SYSTEM } from './canonical.js';
export type * from './fhir-types.js';
