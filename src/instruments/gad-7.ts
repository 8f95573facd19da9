/**
 * Generalized Anxiety Disorder 7-item scale (GAD-7), last-2-weeks version, with its unscored difficulty question.
 * Wording, LOINC codes, scoring, severity bands and cutoff from ../shared/instruments/gad7.json.
 * The 0 label is "Not at all" (not the widely copied error "Not at all sure").
 */
import type { InstrumentDefinition, ResponseOption } from '../model/instrument.js';

const HOW_OFTEN: ResponseOption[] = [
  { value: 0, label: 'Not at all', code: 'LA6568-5' },
  { value: 1, label: 'Several days', code: 'LA6569-3' },
  { value: 2, label: 'More than half the days', code: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', code: 'LA6571-9' },
];

// The reference gives labels only for this unscored question (no numbers, and no LOINC codes were read:
// the PHQ-9's are not reused); the values below only identify the answer (in the order shown) and are
// never added to any score.
const DIFFICULTY: ResponseOption[] = [
  { value: 0, label: 'Not difficult at all' },
  { value: 1, label: 'Somewhat difficult' },
  { value: 2, label: 'Very difficult' },
  { value: 3, label: 'Extremely difficult' },
];

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

// As on every GAD-7 form copy read: no "any of" (that is the PHQ-9's stem, found only in CamCOPS's GAD-7).
const STEM = 'Over the last 2 weeks, how often have you been bothered by the following problems?';

export const gad7: InstrumentDefinition = {
  id: 'gad-7',
  version: '1.1.0',
  // LOINC panel code, as the instrument reference gives it (FHIR Questionnaire.code)
  code: { code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
  title: 'Generalized Anxiety Disorder 7-item scale (GAD-7)',
  shortTitle: 'GAD-7',
  edition:
    'GAD-7 (Spitzer, Kroenke, Williams & Löwe, 2006), last-2-weeks self-report, with the unscored difficulty question; item wording as CamCOPS, stem and difficulty question as the Pfizer form',
  description: 'These questions are about worry, nervousness and related feelings.',
  timeframe: 'the last 2 weeks',
  minutes: 2,
  instructions: { text: STEM, by: 'author' },
  citation:
    'Spitzer, R.L., Kroenke, K., Williams, J.B.W., & Löwe, B. (2006). A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 166(10):1092-1097. PMID 16717171.',
  attribution:
    'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  licence: {
    status: 'free',
    note: '"All PHQ, GAD-7 screeners and translations are downloadable from this website and no permission is required to reproduce, translate, display or distribute them." (phqscreeners.com, quoted in the CamCOPS documentation). Shown with the attribution line that LOINC-derived forms carry.',
  },
  sources: [
    'ucam-department-of-psychiatry/camcops@56a303e1:server/camcops_server/extra_strings/gad7.xml (item texts, response labels)',
    'harmonydata/pdf-questionnaire-extraction@54ea43e1:data/preprocessed_text/008_gad7anxietyupdated0.txt (text of the Pfizer "GAD-7 Anxiety" form: the difficulty question; the stem without "any of")',
    'https://full-remission.com/gad-7-form (the same form layout: the difficulty question)',
    'ucam-department-of-psychiatry/camcops@56a303e1:docs/source/tasks/gad7.rst (licence, cutoff 10, "Not at all sure" error)',
    'HL7/personal-health-record-format-ig:input/fsh/pghd/examples/Mind/QuestionnaireResponse-ScoredAssessment-GAD7.fsh (LOINC item and answer codes)',
    'https://www.touringmanual.com/resources/generalized-anxiety-disorder-7-item-gad-7-generalized-anxiety-disorder-scale/ (severity cut points 5, 10, 15; further evaluation at 10 or more)',
    'nivlab/jspsych-demos:tasks/self-report/surveys/gad7.js (cross-check of item text; the stem)',
  ],
  items: [
    { id: '1', text: 'Feeling nervous, anxious or on edge', code: '69725-0', options: HOW_OFTEN },
    { id: '2', text: 'Not being able to stop or control worrying', code: '68509-9', options: HOW_OFTEN },
    { id: '3', text: 'Worrying too much about different things', code: '69733-4', options: HOW_OFTEN },
    { id: '4', text: 'Trouble relaxing', code: '69734-2', options: HOW_OFTEN },
    { id: '5', text: 'Being so restless that it is hard to sit still', code: '69735-9', options: HOW_OFTEN },
    { id: '6', text: 'Becoming easily annoyed or irritable', code: '69689-8', options: HOW_OFTEN },
    { id: '7', text: 'Feeling afraid as if something awful might happen', code: '69736-7', options: HOW_OFTEN },
    {
      id: 'difficulty',
      text: 'If you checked any problems, how difficult have they made it for you to do your work, take care of things at home, or get along with other people?',
      options: DIFFICULTY,
      optional: true,
    },
  ],
  // The stem repeats the instructions so that it stays above each item when questions are shown one at a time.
  sections: [
    { id: 'symptoms', stem: STEM, items: ids(1, 7) },
    { id: 'difficulty', items: ['difficulty'] },
  ],
  scales: [
    {
      id: 'total',
      label: 'Total score',
      method: 'sum',
      items: ids(1, 7),
      code: { code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
    },
  ],
  bands: [
    {
      id: 'severity',
      scale: 'total',
      // "Scores of 5, 10, and 15 are taken as the cut-off points for mild, moderate and severe anxiety, respectively."
      ranges: [
        { from: 0, to: 4, label: 'minimal' },
        { from: 5, to: 9, label: 'mild' },
        { from: 10, to: 14, label: 'moderate' },
        { from: 15, to: 21, label: 'severe' },
      ],
    },
  ],
  rules: [
    {
      // a single published cutoff (no range), so a fixed number rather than a setting
      id: 'above-cutoff',
      label: 'Total at or above 10 (screening cutoff: further evaluation recommended)',
      when: { type: 'scale', scale: 'total', atLeast: 10 },
      summary: {
        met: 'Your answers suggest that worry, nervousness or related feelings have troubled you often over the last 2 weeks. This is common, and your practitioner can talk with you about support that helps.',
        notMet:
          'Your answers suggest that, taken together, worry, nervousness and related feelings have troubled you less often than the level at which this questionnaire suggests a closer look. Your practitioner can go through your answers with you.',
      },
    },
  ],
};
