/**
 * Primary Care PTSD Screen for DSM-5 (PC-PTSD-5), with its trauma-exposure gate.
 * Wording, gate and cut-points from ../shared/instruments/pc-ptsd-5.json.
 */
import type { InstrumentDefinition, ResponseOption } from '../model/instrument.js';

const YES_NO: ResponseOption[] = [
  { value: 1, label: 'Yes' },
  { value: 0, label: 'No' },
];

const symptoms = ['1', '2', '3', '4', '5'];

export const pcPtsd5: InstrumentDefinition = {
  id: 'pc-ptsd-5',
  version: '1.0.0',
  title: 'Primary Care PTSD Screen for DSM-5 (PC-PTSD-5)',
  shortTitle: 'PC-PTSD-5',
  edition: 'PC-PTSD-5 (Prins et al., 2016), with the lifetime trauma-exposure question',
  description: 'This short screen asks whether you have been through a frightening or traumatic event and, if so, how it has affected you recently.',
  timeframe: 'the past month',
  minutes: 2,
  citation:
    'Prins, A., Bovin, M. J., Kimerling, R., Kaloupek, D. G., Marx, B. P., Pless Kaiser, A., & Schnurr, P. P. (2016). Primary Care PTSD Screen for DSM-5 (PC-PTSD-5) [Measurement instrument]. National Center for PTSD.',
  attribution: 'PC-PTSD-5: Prins et al. (2016), National Center for PTSD. Public domain.',
  licence: {
    status: 'public-domain',
    note: "Developed by staff at VA's National Center for PTSD; in the public domain and not copyrighted. Intended for use by qualified health professionals and researchers.",
  },
  sources: [
    'https://www.ptsd.va.gov/professional/assessment/screens/pc-ptsd.asp',
    'https://comorbidityguidelines.org.au/appendices/appendix-r-primary-care-ptsd-screen-for-dsm5-pcptsd5 (gate, examples, item wording)',
    'https://istss.org/clinical-resources/adult-trauma-assessments/primary-care-ptsd-screen-for-dsm-5/ (cut-points 3 and 4)',
  ],
  items: [
    {
      id: 'exposure',
      text: 'Have you ever experienced this kind of event?',
      options: [
        { value: 1, label: 'YES' },
        { value: 0, label: 'NO' },
      ],
    },
    { id: '1', text: 'Had nightmares about the event(s) or thought about the event(s) when you did not want to?', options: YES_NO },
    { id: '2', text: 'Tried hard not to think about the event(s) or went out of your way to avoid situations that reminded you of the event(s)?', options: YES_NO },
    { id: '3', text: 'Been constantly on guard, watchful, or easily startled?', options: YES_NO },
    { id: '4', text: 'Felt numb or detached from people, activities, or your surroundings?', options: YES_NO },
    { id: '5', text: 'Felt guilty or unable to stop blaming yourself or others for the event(s) or any problems the event(s) may have caused?', options: YES_NO },
  ],
  sections: [
    {
      id: 'exposure',
      lead: 'Sometimes things happen to people that are unusually or especially frightening, horrible, or traumatic. For example:',
      list: [
        'a serious accident or fire',
        'a physical or sexual assault or abuse',
        'an earthquake or flood',
        'a war',
        'seeing someone be killed or seriously injured',
        'having a loved one die through homicide or suicide.',
      ],
      items: ['exposure'],
    },
    { id: 'symptoms', lead: 'If yes, please answer the questions below.', stem: 'In the past month have you:', items: symptoms },
  ],
  // "If no, screen total = 0. Please stop here."
  gates: [{ item: 'exposure', closeOn: [0], skips: symptoms, skippedValue: 0 }],
  scales: [{ id: 'total', label: 'Screen total (number of "Yes" answers)', method: 'sum', items: symptoms }],
  settings: [
    {
      id: 'cutoff',
      label: 'Cut-point for a positive screen',
      default: 3,
      min: 3,
      max: 4,
      note: '3 is optimally sensitive, 4 optimally efficient (ISTSS; Prins et al. 2016). The default is 3 because a positive screen leads on to the PCL-5.',
    },
  ],
  rules: [
    {
      id: 'positive',
      label: 'Positive screen for probable PTSD',
      when: { type: 'scale', scale: 'total', atLeast: { setting: 'cutoff' } },
      summary: {
        met: 'Some of your answers suggest that a difficult experience may still be affecting you. This is common, and your practitioner can talk it through with you.',
        notMet: 'Your answers do not suggest strong ongoing reactions to a difficult experience at the moment. Your practitioner can go through your answers with you.',
      },
    },
  ],
};
