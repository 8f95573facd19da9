/**
 * International Trauma Questionnaire (ITQ), 18-item self-report form for ICD-11 PTSD and complex PTSD.
 * Wording, labels, clusters and the diagnostic algorithm from ../shared/instruments/itq.json.
 *
 * Form order: P1-P6 PTSD symptoms (ids 1-6), P7-P9 PTSD functional impairment (7-9), C1-C6 DSO
 * symptoms (10-15), C7-C9 DSO functional impairment (16-18). The reference marks the six impairment
 * items' wording as not yet checked against the official form (Cloitre et al. 2018); they are copied
 * from its `text` fields. No severity bands: none are published (a 0-72 total with bands found in one
 * copy is not from the ITQ authors and is not shipped). No verbatim instructions were found, so the
 * instructions sentence is the library's, and so are the lead-ins before the four blocks (see `sections`).
 */
import type { InstrumentDefinition, ResponseOption } from '../model/instrument.js';

const BOTHERED: ResponseOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'A little bit' },
  { value: 2, label: 'Moderately' },
  { value: 3, label: 'Quite a bit' },
  { value: 4, label: 'Extremely' },
];

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
// A symptom or impairment item rated 2 ("Moderately") or higher is endorsed; one endorsed item meets a criterion.
const endorsed = (from: number, to: number) => ({ type: 'count', items: ids(from, to), valueAtLeast: 2, countAtLeast: 1 }) as const;

export const itq: InstrumentDefinition = {
  id: 'itq',
  version: '1.1.0',
  title: 'International Trauma Questionnaire (ITQ)',
  shortTitle: 'ITQ',
  edition:
    'ITQ (Cloitre et al., 2018), 18-item self-report form: 12 symptom items and 6 functional-impairment items; impairment wording from public copies, not yet checked against the official form',
  description:
    'These questions are about how a very stressful experience may be affecting you, and about how you typically feel, think about yourself and get on with other people.',
  timeframe: 'the past month',
  minutes: 5,
  instructions: {
    text: 'Please read each question carefully and choose the answer that shows how much it applies to you.',
    by: 'library',
  },
  citation:
    'Cloitre, M., Shevlin, M., Brewin, C.R., Bisson, J.I., Roberts, N.P., Maercker, A., Karatzias, T., & Hyland, P. (2018). The International Trauma Questionnaire: development of a self-report measure of ICD-11 PTSD and complex PTSD. Acta Psychiatrica Scandinavica 138(6):536-546.',
  attribution: 'ITQ: Cloitre, Shevlin, Brewin, Bisson, Roberts, Maercker, Karatzias & Hyland (2018). Freely available in the public domain.',
  licence: {
    status: 'public-domain',
    note: 'The official ITQ form overview: "The ITQ is freely available in the public domain to all interested parties." Cloitre et al. (2018), abstract: "The measure is freely available and can be found in the body of this paper." Reproduced unaltered, with the citation.',
  },
  sources: [
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC7685205/table/t0001 (12 symptom items, cluster mapping)',
    'artdukintsugi/personality-assessment@fdf8fe67:src/data/itq.js (0-4 labels, algorithm, cluster sums)',
    'two public code copies, code index ids 62991697427 and 17125347865 (impairment item wording)',
    'https://embrace-autism.com/the-international-trauma-questionnaire (0-4 labels, 18 items in four groups, algorithm)',
    'https://pubcompare.ai/protocol/1s1i1YwB4C3bMWOeDyWp (impairment item content, past month)',
    'https://psypack.com/assessments/international-trauma-questionnaire-itq-ptsd (diagnostic algorithm)',
    'https://coconote.app/notes/d7d9cc98-ae2c-4e4b-be59-506615552f42 (algorithm; PTSD and CPTSD not both)',
    'https://docs.getrivet.ca/clinical-templates/screening/itq (structure, past month)',
    'https://novopsych.com.au/assessments/diagnosis/international-trauma-questionnaire-itq/ (endorsement at 2 or more)',
    'https://ris.maynoothuniversity.ie/live/!W_VA_PUBLICATION.POPUP?LAYOUT=N&OBJECT_ID=2354266 (free availability)',
  ],
  items: [
    // P1-P6: PTSD symptoms
    { id: '1', text: 'Having upsetting dreams that replay part of the experience or are clearly related to the experience?', options: BOTHERED },
    {
      id: '2',
      text: 'Having powerful images or memories that sometimes come into your mind in which you feel the experience is happening again in the here and now?',
      options: BOTHERED,
    },
    { id: '3', text: 'Avoiding internal reminders of the experience (for example, thoughts, feelings, or physical sensations)?', options: BOTHERED },
    { id: '4', text: 'Avoiding external reminders of the experience (for example, people, places, conversations, objects, activities, or situations)?', options: BOTHERED },
    { id: '5', text: 'Being "super-alert", watchful, or on guard?', options: BOTHERED },
    { id: '6', text: 'Feeling jumpy or easily startled?', options: BOTHERED },
    // P7-P9: PTSD functional impairment
    { id: '7', text: 'Affected your relationships or social life?', options: BOTHERED },
    { id: '8', text: 'Affected your work or ability to work?', options: BOTHERED },
    { id: '9', text: 'Affected any other important part of your life such as parenting, or school or college work, or other important activities?', options: BOTHERED },
    // C1-C6: disturbances in self-organisation (DSO) symptoms
    { id: '10', text: 'When I am upset, it takes me a long time to calm down.', options: BOTHERED },
    { id: '11', text: 'I feel numb or emotionally shut down.', options: BOTHERED },
    { id: '12', text: 'I feel like a failure.', options: BOTHERED },
    { id: '13', text: 'I feel worthless.', options: BOTHERED },
    { id: '14', text: 'I feel distant or cut off from people.', options: BOTHERED },
    { id: '15', text: 'I find it hard to stay emotionally close to people.', options: BOTHERED },
    // C7-C9: DSO functional impairment
    { id: '16', text: 'Created concern or distress about your relationships or social life?', options: BOTHERED },
    { id: '17', text: 'Affected your work or ability to work?', options: BOTHERED },
    { id: '18', text: 'Affected any other important part of your life such as parenting, or school or college work, or other important activities?', options: BOTHERED },
  ],
  // The form's own lead-ins before the four blocks were not found verbatim (the reference's
  // instructionsNote and its README), but without one no question reads in its frame, and 16-18 would read
  // exactly like 7-9. So each block has one plain sentence by the library, as the stem that stays above
  // every question, stating only what the reference's notes establish: the past month for 1-9; how you
  // typically feel, think about yourself and relate to others for 10-15; which block "the above problems"
  // are for 7-9 and 16-18. To be replaced by the form's words once the reference has them.
  sections: [
    { id: 'ptsd-symptoms', stem: 'In the past month, how much have you been bothered by:', items: ids(1, 6), by: 'library' },
    { id: 'ptsd-impairment', stem: 'In the past month, have the above problems (questions 1 to 6):', items: ids(7, 9), by: 'library' },
    { id: 'dso-symptoms', stem: 'How true is each statement about how you typically feel, think about yourself and relate to others?', items: ids(10, 15), by: 'library' },
    { id: 'dso-impairment', stem: 'Have the above problems (questions 10 to 15):', items: ids(16, 18), by: 'library' },
  ],
  scales: [
    { id: 'PTSD', label: 'PTSD symptoms (items 1-6)', method: 'sum', items: ids(1, 6) },
    { id: 'Re', label: 'Re-experiencing in the here and now', method: 'sum', items: ids(1, 2) },
    { id: 'Av', label: 'Avoidance', method: 'sum', items: ids(3, 4) },
    { id: 'Th', label: 'Sense of current threat', method: 'sum', items: ids(5, 6) },
    { id: 'DSO', label: 'Disturbances in self-organisation (items 10-15)', method: 'sum', items: ids(10, 15) },
    { id: 'AD', label: 'Affective dysregulation', method: 'sum', items: ids(10, 11) },
    { id: 'NSC', label: 'Negative self-concept', method: 'sum', items: ids(12, 13) },
    { id: 'DR', label: 'Disturbances in relationships', method: 'sum', items: ids(14, 15) },
  ],
  rules: [
    {
      id: 'ptsd-criteria',
      label: 'PTSD criteria: at least one of items 1-2, one of 3-4, one of 5-6 and one of 7-9 rated 2 or more',
      when: { type: 'all', of: [endorsed(1, 2), endorsed(3, 4), endorsed(5, 6), endorsed(7, 9)] },
      summary: {
        met: 'Your answers suggest that reactions to a very stressful experience have troubled you in the past month and have affected your daily life. This is a common response to a very hard experience, and your practitioner can talk with you about support that helps.',
        notMet:
          'Your answers do not show the full pattern of reactions to a stressful experience, together with their effect on daily life, that this questionnaire looks for. Your practitioner can go through your answers with you.',
      },
    },
    {
      id: 'dso-criteria',
      label: 'DSO criteria: at least one of items 10-11, one of 12-13, one of 14-15 and one of 16-18 rated 2 or more',
      when: { type: 'all', of: [endorsed(10, 11), endorsed(12, 13), endorsed(14, 15), endorsed(16, 18)] },
      summary: {
        met: 'Your answers suggest that managing your feelings, how you see yourself and feeling close to other people have been hard for you, in ways that affect your daily life. Your practitioner can talk with you about support that helps.',
        notMet:
          'Your answers do not show the full pattern of difficulties with feelings, with how you see yourself and with closeness to others, together with their effect on daily life, that this questionnaire looks for. Your practitioner can go through your answers with you.',
      },
    },
    {
      // a person cannot meet both: CPTSD takes the place of PTSD when the DSO criteria are also met
      id: 'ptsd',
      label: 'Provisional ICD-11 PTSD (PTSD criteria met, DSO criteria not met)',
      when: {
        type: 'all',
        of: [
          { type: 'rule', rule: 'ptsd-criteria' },
          { type: 'not', of: { type: 'rule', rule: 'dso-criteria' } },
        ],
      },
    },
    {
      id: 'cptsd',
      label: 'Provisional ICD-11 complex PTSD (PTSD and DSO criteria both met)',
      when: {
        type: 'all',
        of: [
          { type: 'rule', rule: 'ptsd-criteria' },
          { type: 'rule', rule: 'dso-criteria' },
        ],
      },
    },
  ],
};
