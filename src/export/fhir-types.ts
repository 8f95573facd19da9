/**
 * The small part of FHIR R4 that the export writes, typed here so that `attune-screeners/core`
 * carries no FHIR library. Field names and cardinalities follow https://hl7.org/fhir/R4/.
 */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
  /** The display's translations (the FHIR `translation` extension). */
  _display?: TranslatedElement;
  extension?: Extension[];
}

/** A primitive's extensions: here, its translations, one `translation` extension per language. */
export interface TranslatedElement {
  extension: { url: string; extension: [{ url: 'lang'; valueCode: string }, { url: 'content'; valueString: string }] }[];
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Extension {
  url: string;
  valueDecimal?: number;
  valueString?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

/** A reference to another resource, e.g. `{ reference: 'Patient/123' }`. */
export interface Reference {
  reference?: string;
  identifier?: Identifier;
  display?: string;
}

export type QuestionnaireItemType = 'group' | 'display' | 'boolean' | 'decimal' | 'integer' | 'string' | 'choice';

export interface QuestionnaireAnswerOption {
  valueCoding: Coding;
}

export interface QuestionnaireEnableWhen {
  question: string;
  operator: '=' | '!=';
  answerCoding: Coding;
}

export interface QuestionnaireItem {
  linkId: string;
  prefix?: string;
  text?: string;
  /** The text's translations, where the definition carries them. */
  _text?: TranslatedElement;
  type: QuestionnaireItemType;
  code?: Coding[];
  required?: boolean;
  readOnly?: boolean;
  enableWhen?: QuestionnaireEnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: QuestionnaireAnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url: string;
  version: string;
  name: string;
  title: string;
  _title?: TranslatedElement;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  subjectType?: string[];
  description?: string;
  copyright?: string;
  code?: Coding[];
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueString?: string;
  valueCoding?: Coding;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  meta?: Meta;
  /** The language the client answered in (BCP 47), as the result records it; the item texts are in it. */
  language?: string;
  identifier?: Identifier;
  /** Canonical URL of the Questionnaire, with its version: `…/Questionnaire/pcl-5|1.0.0`. */
  questionnaire: string;
  status: 'in-progress' | 'completed';
  subject?: Reference;
  authored?: string;
  author?: Reference;
  source?: Reference;
  item?: QuestionnaireResponseItem[];
}

export interface Meta {
  /** Profiles the resource claims to conform to (canonical URLs). */
  profile?: string[];
}

export interface Quantity {
  value: number;
  unit?: string;
  system?: string;
  code?: string;
}

export interface Observation {
  resourceType: 'Observation';
  id?: string;
  meta?: Meta;
  identifier?: Identifier[];
  status: 'preliminary' | 'final';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  effectiveDateTime: string;
  performer?: Reference[];
  valueQuantity: Quantity;
  interpretation?: CodeableConcept[];
  /** The QuestionnaireResponse the score was computed from. */
  derivedFrom: Reference[];
}

export interface BundleRequest {
  method: 'POST';
  url: string;
  /** A conditional create: the server creates nothing when a resource matching this search exists. */
  ifNoneExist?: string;
}

export interface TransactionBundleEntry {
  fullUrl: string;
  resource: QuestionnaireResponse | Observation;
  request: BundleRequest;
}

export interface TransactionBundle {
  resourceType: 'Bundle';
  identifier?: Identifier;
  type: 'transaction';
  entry: TransactionBundleEntry[];
}
