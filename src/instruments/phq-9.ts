/**
 * Patient Health Questionnaire-9 (PHQ-9), last-2-weeks version, with its unscored difficulty question.
 * Wording, LOINC codes, scoring, severity bands, cutoff and the item 9 safety rule from
 * ../shared/instruments/phq9.json.
 */
import type { InstrumentDefinition, ResponseOption } from '../model/instrument.js';

const HOW_OFTEN: ResponseOption[] = [
  { value: 0, label: 'Not at all', code: 'LA6568-5' },
  { value: 1, label: 'Several days', code: 'LA6569-3' },
  { value: 2, label: 'More than half the days', code: 'LA6570-1' },
  { value: 3, label: 'Nearly every day', code: 'LA6571-9' },
];

// The reference gives labels and LOINC answer codes but no numbers for this unscored question; the
// values below only identify the answer (in the order shown) and are never added to any score.
const DIFFICULTY: ResponseOption[] = [
  { value: 0, label: 'Not difficult at all', code: 'LA6572-7' },
  { value: 1, label: 'Somewhat difficult', code: 'LA6573-5' },
  { value: 2, label: 'Very difficult', code: 'LA6575-0' },
  { value: 3, label: 'Extremely difficult', code: 'LA6574-3' },
];

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

export const phq9: InstrumentDefinition = {
  id: 'phq-9',
  version: '1.0.0',
  // LOINC panel code, as the instrument reference gives it (FHIR Questionnaire.code)
  code: { code: '44249-1', display: 'PHQ-9 quick depression assessment panel' },
  title: 'Patient Health Questionnaire-9 (PHQ-9)',
  shortTitle: 'PHQ-9',
  edition: 'PHQ-9 (Kroenke, Spitzer & Williams, 2001), last-2-weeks self-report, with the unscored difficulty question; CamCOPS wording',
  description: 'These questions are about your mood, and about problems such as sleep, energy and concentration that often go with it.',
  timeframe: 'the last 2 weeks',
  minutes: 3,
  instructions: { text: STEM, by: 'author' },
  citation:
    'Kroenke, K., Spitzer, R.L., & Williams, J.B.W. (2001). The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 16:606-613. Spitzer, R.L., Kroenke, K., & Williams, J.B.W. (1999). JAMA 282:1737-44.',
  attribution:
    'Copyright © Pfizer Inc. All rights reserved. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  licence: {
    status: 'free',
    note: '"All PHQ, GAD-7 screeners and translations are downloadable from this website and no permission is required to reproduce, translate, display or distribute them." (phqscreeners.com, quoted in the CamCOPS documentation). Shown with the Pfizer attribution line that LOINC-derived forms carry.',
  },
  sources: [
    'ucam-department-of-psychiatry/camcops@56a303e1:server/camcops_server/extra_strings/phq9.xml (item texts, stem, response labels, difficulty question)',
    'LHNCBC/lforms@24c71875:test/data/R4/phq9.json (LOINC item and answer codes)',
    'ucam-department-of-psychiatry/camcops@56a303e1:server/camcops_server/tasks/phq9.py (scoring, severity bands)',
    'ucam-department-of-psychiatry/camcops@56a303e1:docs/source/tasks/phq9.rst (licence, cutoff 10)',
    'glow-mdsol/vulcan-soa-connectathon-37:igv4/VulcanSoAConnecthathon37/input/fsh/questionnaires/example-qs-phq-15.fsh (Pfizer attribution line)',
    'https://studylib.net/doc/25788761/kroenke2001-article-thephq-9 (severity thresholds 5, 10, 15, 20; cutoff 10)',
    'https://aacnjournals.org/ccnonline/article-abstract/40/1/92/30727/ (item 9: any answer other than "not at all" needs follow-up)',
    'nivlab/jspsych-demos:tasks/self-report/surveys/phq9.js (cross-check of item text)',
  ],
  items: [
    { id: '1', text: 'Little interest or pleasure in doing things', code: '44250-9', options: HOW_OFTEN },
    { id: '2', text: 'Feeling down, depressed, or hopeless', code: '44255-8', options: HOW_OFTEN },
    { id: '3', text: 'Trouble falling or staying asleep, or sleeping too much', code: '44259-0', options: HOW_OFTEN },
    { id: '4', text: 'Feeling tired or having little energy', code: '44254-1', options: HOW_OFTEN },
    { id: '5', text: 'Poor appetite or overeating', code: '44251-7', options: HOW_OFTEN },
    { id: '6', text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down', code: '44258-2', options: HOW_OFTEN },
    { id: '7', text: 'Trouble concentrating on things, such as reading the newspaper or watching television', code: '44252-5', options: HOW_OFTEN },
    {
      id: '8',
      text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
      code: '44253-3',
      options: HOW_OFTEN,
    },
    { id: '9', text: 'Thoughts that you would be better off dead or of hurting yourself in some way', code: '44260-8', options: HOW_OFTEN },
    {
      id: 'difficulty',
      text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      code: '69722-7',
      options: DIFFICULTY,
      optional: true,
    },
  ],
  // The stem repeats the instructions so that it stays above each item when questions are shown one at a time.
  sections: [
    { id: 'symptoms', stem: STEM, items: ids(1, 9) },
    { id: 'difficulty', items: ['difficulty'] },
  ],
  scales: [
    { id: 'total', label: 'Total score (items 1-9)', method: 'sum', items: ids(1, 9), code: { code: '44261-6', display: 'Patient health questionnaire 9 item total score' } },
  ],
  bands: [
    {
      id: 'severity',
      scale: 'total',
      // Kroenke et al. 2001: scores of 5, 10, 15 and 20 represent mild, moderate, moderately severe and severe depression
      ranges: [
        { from: 0, to: 4, label: 'none-minimal' },
        { from: 5, to: 9, label: 'mild' },
        { from: 10, to: 14, label: 'moderate' },
        { from: 15, to: 19, label: 'moderately-severe' },
        { from: 20, to: 27, label: 'severe' },
      ],
    },
  ],
  rules: [
    {
      // a single published cutoff (no range), so a fixed number rather than a setting
      id: 'above-cutoff',
      label: 'Total at or above 10 (screening cutoff for major depression)',
      when: { type: 'scale', scale: 'total', atLeast: 10 },
      summary: {
        met: 'Your answers suggest that the problems these questions ask about have troubled you often over the last 2 weeks. This is common, and your practitioner can talk with you about support that helps.',
        notMet:
          'Your answers suggest that, taken together, the problems these questions ask about have troubled you less often than the level at which this questionnaire suggests a closer look. Your practitioner can go through your answers with you.',
      },
    },
  ],
  // Item 9 above "Not at all" must reach a person, whatever the total and whatever else is missing.
  safety: [{ item: '9', valueAtLeast: 1, flag: 'self-harm' }],
};
