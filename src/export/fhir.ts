/**
 * FHIR R4 export: Questionnaire and QuestionnaireResponse. DOM-free, in `attune-screeners/core`.
 * One concept per file: canonical identifiers, LOINC codes, the Questionnaire, the response.
 */
export { toQuestionnaire, ORDINAL_VALUE_URL, type QuestionnaireOptions } from './questionnaire.js';
export { toQuestionnaireResponse, type QuestionnaireResponseOptions } from './questionnaire-response.js';
export { ATTUNE_CANONICAL_BASE, questionnaireUrl, answerSystem } from './canonical.js';
export { LOINC_SYSTEM, instrumentLoincCodes, type InstrumentLoincCodes, type LoincCode } from './loinc.js';
export type * from './fhir-types.js';
