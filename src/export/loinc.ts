/**
 * LOINC codes for whole instruments (the panel) and their scores, where the instrument reference
 * found them (tests/reference/*.json `loinc`; a test keeps this table equal to it). Item and answer
 * codes travel on the definitions themselves (`item.code`, `option.code`). The PC-PTSD-5, ITQ,
 * ECR-RS, ECR-R and IES-R have no LOINC codes in the sources read: they are identified by their
 * canonical URL alone.
 */

export const LOINC_SYSTEM = 'http://loinc.org';

export interface LoincCode {
  code: string;
  display: string;
}

export interface InstrumentLoincCodes {
  panel: LoincCode;
  /** Codes of scales, by scale id. */
  scales: Record<string, LoincCode>;
}

/** By built-in instrument id. Applied only to a definition with that id and the built-in's items. */
export const instrumentLoincCodes: Readonly<Record<string, InstrumentLoincCodes>> = {
  'pcl-5': {
    panel: { code: '101697-1', display: 'Post traumatic stress disorder checklist - civilian version DSM-5 [PCL-5]' },
    scales: { total: { code: '101698-9', display: 'PTSD PCL-5 score [PCL-5]' } },
  },
  'phq-9': {
    panel: { code: '44249-1', display: 'PHQ-9 quick depression assessment panel' },
    scales: { total: { code: '44261-6', display: 'Patient health questionnaire 9 item total score' } },
  },
  'gad-7': {
    panel: { code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
    scales: { total: { code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' } },
  },
};
