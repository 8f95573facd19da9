/**
 * PTSD Checklist for DSM-5 (PCL-5), past-month version.
 * Wording, clusters, scoring and cutoff range from ../shared/instruments/pcl5.json.
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
// An item rated 2 ("Moderately") or higher counts as an endorsed symptom.
const endorsed = (from: number, to: number, countAtLeast: number) => ({ type: 'count', items: ids(from, to), valueAtLeast: 2, countAtLeast }) as const;

export const pcl5: InstrumentDefinition = {
  id: 'pcl-5',
  version: '1.0.0',
  // LOINC panel code, as the instrument reference gives it (FHIR Questionnaire.code)
  code: { code: '101697-1', display: 'Post traumatic stress disorder checklist - civilian version DSM-5 [PCL-5]' },
  title: 'PTSD Checklist for DSM-5 (PCL-5)',
  shortTitle: 'PCL-5',
  edition: 'PCL-5 (Weathers et al., 2013), past-month self-report, electronic wording of the instructions',
  description: 'These questions are about problems people sometimes have after a very stressful experience.',
  timeframe: 'the past month',
  minutes: 10,
  instructions: {
    text: 'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then select one of the options to indicate how much you have been bothered by that problem in the past month.',
    by: 'author',
  },
  citation:
    'Weathers, F.W., Litz, B.T., Keane, T.M., Palmieri, P.A., Marx, B.P., & Schnurr, P.P. (2013). The PTSD Checklist for DSM-5 (PCL-5). Scale available from the National Center for PTSD at www.ptsd.va.gov.',
  attribution: 'PCL-5: Weathers, Litz, Keane, Palmieri, Marx & Schnurr (2013), National Center for PTSD. Public domain.',
  licence: {
    status: 'public-domain',
    note: "A work of the US Government, developed by staff at VA's National Center for PTSD and not copyrighted. ISTSS asks that it be used ethically, by qualified professionals, and referenced.",
  },
  sources: [
    'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
    'rhavekost/clinical-toolkit@b357fe5c:dist/consumer/claude/trauma-screening/assets/pcl-5.md (item wording, clusters)',
    'ucam-department-of-psychiatry/camcops@56a303e1:server/camcops_server/tasks/pcl5.py (provisional diagnosis rule)',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC10292741 (cutoff 31-33)',
  ],
  items: [
    { id: '1', text: 'Repeated, disturbing, and unwanted memories of the stressful experience?', options: BOTHERED },
    { id: '2', text: 'Repeated, disturbing dreams of the stressful experience?', options: BOTHERED },
    {
      id: '3',
      text: 'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
      options: BOTHERED,
    },
    { id: '4', text: 'Feeling very upset when something reminded you of the stressful experience?', options: BOTHERED },
    {
      id: '5',
      text: 'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
      options: BOTHERED,
    },
    { id: '6', text: 'Avoiding memories, thoughts, or feelings related to the stressful experience?', options: BOTHERED },
    {
      id: '7',
      text: 'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
      options: BOTHERED,
    },
    { id: '8', text: 'Trouble remembering important parts of the stressful experience?', options: BOTHERED },
    {
      id: '9',
      text: 'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
      options: BOTHERED,
    },
    { id: '10', text: 'Blaming yourself or someone else for the stressful experience or what happened after it?', options: BOTHERED },
    { id: '11', text: 'Having strong negative feelings such as fear, horror, anger, guilt, or shame?', options: BOTHERED },
    { id: '12', text: 'Loss of interest in activities that you used to enjoy?', options: BOTHERED },
    { id: '13', text: 'Feeling distant or cut off from other people?', options: BOTHERED },
    { id: '14', text: 'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?', options: BOTHERED },
    { id: '15', text: 'Irritable behavior, angry outbursts, or acting aggressively?', options: BOTHERED },
    { id: '16', text: 'Taking too many risks or doing things that could cause you harm?', options: BOTHERED },
    { id: '17', text: 'Being "superalert" or watchful or on guard?', options: BOTHERED },
    { id: '18', text: 'Feeling jumpy or easily startled?', options: BOTHERED },
    { id: '19', text: 'Having difficulty concentrating?', options: BOTHERED },
    { id: '20', text: 'Trouble falling or staying asleep?', options: BOTHERED },
  ],
  sections: [{ id: 'symptoms', stem: 'In the past month, how much were you bothered by:', items: ids(1, 20) }],
  scales: [
    { id: 'total', label: 'Total symptom severity', method: 'sum', items: ids(1, 20), code: { code: '101698-9', display: 'PTSD PCL-5 score [PCL-5]' } },
    { id: 'B', label: 'Cluster B: intrusion', method: 'sum', items: ids(1, 5) },
    { id: 'C', label: 'Cluster C: avoidance', method: 'sum', items: ids(6, 7) },
    { id: 'D', label: 'Cluster D: negative alterations in cognitions and mood', method: 'sum', items: ids(8, 14) },
    { id: 'E', label: 'Cluster E: alterations in arousal and reactivity', method: 'sum', items: ids(15, 20) },
  ],
  settings: [
    {
      id: 'cutoff',
      label: 'Total score cutoff for probable PTSD',
      default: 33,
      min: 31,
      max: 33,
      note: 'Published cut-point range 31-33 (National Center for PTSD; Forkus et al. 2022). 33 is the preliminary cutoff used by CamCOPS.',
    },
  ],
  rules: [
    {
      id: 'provisional-ptsd',
      label: 'Provisional DSM-5 PTSD (symptom pattern: 1 B, 1 C, 2 D and 2 E items rated 2 or more)',
      when: { type: 'all', of: [endorsed(1, 5, 1), endorsed(6, 7, 1), endorsed(8, 14, 2), endorsed(15, 20, 2)] },
    },
    {
      id: 'above-cutoff',
      label: 'Total at or above the cutoff (probable PTSD)',
      when: { type: 'scale', scale: 'total', atLeast: { setting: 'cutoff' } },
      summary: {
        met: 'Your answers suggest that reactions to the stressful experience have troubled you a lot in the past month. This is a common response to a very hard experience, and your practitioner can talk with you about support that helps.',
        notMet:
          'Your answers suggest that reactions to the stressful experience have troubled you less than the level at which this questionnaire suggests a closer look. Your practitioner can go through your answers with you.',
      },
    },
  ],
};
