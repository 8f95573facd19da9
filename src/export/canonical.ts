/**
 * Identifiers of the exported resources. A canonical URL names a Questionnaire (and the code system
 * of its answers) the same way on every server and in every year; it is an identifier, never fetched.
 */
import type { InstrumentDefinition } from '../model/instrument.js';

/**
 * Where the library's canonical URLs start. A practice exporting its own instrument passes its own
 * base (`{ canonicalBase: 'https://forms.example-practice.org/fhir' }`) so that two practices' forms
 * with the same id never share a URL.
 */
export const ATTUNE_CANONICAL_BASE = 'https://attune-screeners.org/fhir';

/** The code system of the LOINC codes a definition carries (`code` on the instrument, its scales, items and options). */
export const LOINC_SYSTEM = 'http://loinc.org';

/** `https://attune-screeners.org/fhir/Questionnaire/pcl-5` */
export function questionnaireUrl(def: InstrumentDefinition, base = ATTUNE_CANONICAL_BASE): string {
  return `${trimSlash(base)}/Questionnaire/${def.id}`;
}

/**
 * The code system of an instrument's own answers: the code is the option's value as text ("0"…"4")
 * and the display the item's label for it. Used where the definition gives no external code.
 */
export function answerSystem(def: InstrumentDefinition, base = ATTUNE_CANONICAL_BASE): string {
  return `${trimSlash(base)}/CodeSystem/${def.id}-answers`;
}

/**
 * The code system of an instrument's own scores, for a scale the definition gives no LOINC code: the
 * code is the scale's id (`total`, `B`) and the display its label.
 */
export function scoreSystem(def: InstrumentDefinition, base = ATTUNE_CANONICAL_BASE): string {
  return `${trimSlash(base)}/CodeSystem/${def.id}-scores`;
}

/** The version of US Core whose profiles the transaction bundle claims (`meta.profile`). */
export const US_CORE_VERSION = '8.0.0';

/** US Core 8.0.0 profiles, by their canonical URLs as US Core publishes them. */
export const US_CORE_PROFILES = {
  questionnaireResponse: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-questionnaireresponse',
  screeningAssessment: 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment',
} as const;

/** FHIR's observation category code system (`survey`). */
export const OBSERVATION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';

// Item ids never contain "/" (the schema allows letters, digits, "-", "_" and "."), so these linkIds
// can never collide with a question's, whatever a practice names its items.
export const linkIds = {
  instructions: 'display/instructions',
  section: (id: string) => `section/${id}`,
  results: 'group/results',
  scale: (id: string) => `score/${id}`,
  band: (id: string) => `band/${id}`,
  rule: (id: string) => `rule/${id}`,
  setting: (id: string) => `setting/${id}`,
  flag: (id: string) => `flag/${id}`,
};

const trimSlash = (s: string) => s.replace(/\/+$/, '');

/** A FHIR resource id (`[A-Za-z0-9\-.]{1,64}`) made from a definition id, which may also hold "_". */
export function resourceId(id: string): string {
  return id.replace(/_/g, '-').slice(0, 64);
}

/** A computable name (`[A-Z][A-Za-z0-9_]*`) from the short title: "PCL-5" → "PCL5". */
export function computableName(def: InstrumentDefinition): string {
  const name = def.shortTitle.replace(/[^A-Za-z0-9_]/g, '');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}
