/**
 * Experiences in Close Relationships - Relationship Structures (ECR-RS), romantic-partner target.
 * Wording, order, keys and scoring from ../shared/instruments/ecr-rs.json.
 *
 * Fraley gives the same nine items for each of four people (mother, father, romantic partner, best
 * friend); this definition is the partner block. The items keep the reference's "this person"
 * (whether a partner-only form says "my partner" was not seen), and the library's instructions say
 * that "this person" is the partner. Item text is the reference's `text` (Next-Nik copy, with
 * contractions and "him or her" in item 9), not the expanded or "them" variants of another copy.
 *
 * Avoidance = mean of items 1-6 with 1-4 reverse-keyed (8 - answer); anxiety = mean of items 7-9.
 * Only the two continuous dimensions: no cutoffs, no bands and no attachment-style categories (Fraley
 * et al. 2015 find attachment dimensional, not categorical). Both dimensions high at once is the
 * push-pull of attachment ambivalence; the plot below places the person on both at once.
 * The norms in the reference are unverified and not used. Only the end points of the 1-7 scale have
 * sourced labels; points 2-6 are numbered only. No author instructions were found, so the instructions
 * sentence is the library's.
 */
import type { InstrumentDefinition, ResponseOption } from '../model/instrument.js';

// 1-7 agreement: only "strongly disagree" (1) and "strongly agree" (7) are sourced.
const AGREE: ResponseOption[] = [
  { value: 1, label: 'strongly disagree' },
  { value: 2 },
  { value: 3 },
  { value: 4 },
  { value: 5 },
  { value: 6 },
  { value: 7, label: 'strongly agree' },
];

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export const ecrRs: InstrumentDefinition = {
  id: 'ecr-rs',
  version: '1.0.0',
  title: 'Experiences in Close Relationships - Relationship Structures (ECR-RS)',
  shortTitle: 'ECR-RS',
  edition:
    'ECR-RS (Fraley et al., 2011), romantic-partner block: the nine relationship-specific items with "this person" meaning the partner; 1-7 agreement scale with only its end points labelled',
  description: 'These questions are about how you feel in your relationship with your partner.',
  timeframe: 'how you generally feel with your partner',
  minutes: 2,
  instructions: {
    text: 'Please rate how much you agree or disagree with each statement about your partner ("this person").',
    by: 'library',
  },
  citation:
    'Fraley, R.C., Heffernan, M.E., Vicary, A.M., & Brumbaugh, C.C. (2011). The Experiences in Close Relationships-Relationship Structures Questionnaire: A method for assessing attachment orientations across relationships. Psychological Assessment, 23(3), 615-625. doi:10.1037/a0022898',
  licence: {
    status: 'author-distributed',
    note: 'Distributed freely by the author, R. C. Fraley; no written licence, permission or copyright text for the ECR-RS was found. Fraley\'s measures page could be read only in part, and no PsycTESTS permission line for doi 10.1037/t08412-000 was found. A third-party implementer records the same finding: Fraley\'s measures page "carries no licence, no free-use grant and no copyright notice on the instruments themselves" (Next-Nik/Website-New, ecrRS.js). The original ECR\'s statement "The ECR can be used free of charge and does not require permission when used for research purposes" (Shaver lab) covers research use of the 1998 ECR only, not the ECR-RS and not clinical or commercial use. Ask R. C. Fraley before commercial embedding.',
  },
  sources: [
    'Next-Nik/Website-New@f546d28b:src/lib/care/instruments/ecrRS.js (item wording, order, subscales, reverse keys)',
    'mohrmanr/cc-assessments@bda2dfe0:app/Support/AttachmentSurvey.php (order, subscales, reverse keys: independent cross-check)',
    'https://macshealthyaging.library.georgetown.edu/taxonomy/term/44 (scoring rule quoted from Fraley)',
    'http://internal.psychology.illinois.edu/~rcfraley/measures/relstructures.htm (description, four targets, nine items)',
    'https://statistics.suttong.com/2020/11/experiences-in-close-relationships.html (1-7 scale end labels)',
    'https://d.docksci.com/are-adult-attachment-styles-categorical-or-dimensional-a-taxometric-analysis-of-_5a71fa19d64ab23b972b61b3.html (dimensional, not categorical: Fraley et al. 2015)',
  ],
  items: [
    { id: '1', text: 'It helps to turn to this person in times of need.', options: AGREE, reverse: true },
    { id: '2', text: 'I usually discuss my problems and concerns with this person.', options: AGREE, reverse: true },
    { id: '3', text: 'I talk things over with this person.', options: AGREE, reverse: true },
    { id: '4', text: 'I find it easy to depend on this person.', options: AGREE, reverse: true },
    { id: '5', text: "I don't feel comfortable opening up to this person.", options: AGREE },
    { id: '6', text: 'I prefer not to show this person how I feel deep down.', options: AGREE },
    { id: '7', text: "I often worry that this person doesn't really care for me.", options: AGREE },
    { id: '8', text: "I'm afraid that this person may abandon me.", options: AGREE },
    { id: '9', text: "I worry that this person won't care about me as much as I care about him or her.", options: AGREE },
  ],
  scales: [
    { id: 'avoidance', label: 'Attachment avoidance', method: 'mean', items: ids(1, 6) },
    { id: 'anxiety', label: 'Attachment anxiety', method: 'mean', items: ids(7, 9) },
  ],
  plots: [{ id: 'attachment', label: 'Attachment anxiety and avoidance toward your partner', x: 'avoidance', y: 'anxiety' }],
};
