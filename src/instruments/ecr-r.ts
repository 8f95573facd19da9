/**
 * Experiences in Close Relationships - Revised (ECR-R), 36 items about romantic relationships in general.
 * Wording, order, subscales, reverse keys and scoring from ../shared/instruments/ecr-r.json.
 *
 * Anxiety = mean of items 1-18 with 9 and 11 reversed; avoidance = mean of items 19-36 with 20, 22,
 * 26-31 and 33-36 reversed; reversed as 8 - answer. Means, not sums. No cutoffs, bands or attachment
 * styles: the midpoint split into Secure/Anxious/Avoidant/Fearful found in third-party copies is not
 * Fraley's scoring and contradicts Fraley et al. (2015). Items are shown in their numbered order, which
 * is the scoring order (Fraley suggests random order for research use).
 *
 * Item text is the reference's `text`: for items 5, 7 and 15 that is the "him or her" / "he or she"
 * wording of the older published form (from unnamed copies); the named source substitutes "they/them".
 * Anchors 1 "strongly disagree", 4 "neutral/mixed" and 7 "strongly agree" are sourced; points 2, 3, 5
 * and 6 are numbered only. No author instructions were found, so the instructions sentence is the
 * library's.
 */
import type { InstrumentDefinition, ResponseOption } from '../model/instrument.js';

const AGREE: ResponseOption[] = [
  { value: 1, label: 'strongly disagree' },
  { value: 2 },
  { value: 3 },
  { value: 4, label: 'neutral/mixed' },
  { value: 5 },
  { value: 6 },
  { value: 7, label: 'strongly agree' },
];

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export const ecrR: InstrumentDefinition = {
  id: 'ecr-r',
  version: '1.0.0',
  title: 'Experiences in Close Relationships - Revised (ECR-R)',
  shortTitle: 'ECR-R',
  edition: 'ECR-R (Fraley, Waller & Brennan, 2000), 36 items in numbered order; 1-7 agreement scale with points 1, 4 and 7 labelled; "him or her" wording in items 5, 7 and 15',
  description: 'These questions are about how you generally feel in close romantic relationships.',
  timeframe: 'how you generally experience romantic relationships, not just what is happening now',
  minutes: 8,
  instructions: {
    text: 'Please rate how much you agree or disagree with each statement about how you generally experience romantic relationships.',
    by: 'library',
  },
  citation:
    'Fraley, R.C., Waller, N.G., & Brennan, K.A. (2000). An item-response theory analysis of self-report measures of adult attachment. Journal of Personality and Social Psychology, 78, 350-365.',
  licence: {
    status: 'author-distributed',
    note: 'Distributed freely by the author, R. C. Fraley, for research; no written licence or permission text for the ECR-R was read (Fraley\'s ECR-R FAQ page was readable only in part, and no PsycTESTS permission line was found). The predecessor ECR\'s statement "The ECR can be used free of charge and does not require permission when used for research purposes" (Brennan, Clark & Shaver 1998) does not cover the ECR-R or clinical or commercial use. Ask R. C. Fraley before commercial embedding.',
  },
  sources: [
    'psyduckler/agenttune@5f8444cc:tests/attachment.md (36 items in numbered order, subscales, reverse keys, scoring, 1/4/7 anchors)',
    'jpoko/ccc-dashboard:text_mds/scales_detailed_descriptions/ecr-detailed.md (anchor labels; the interleaved key list belongs to the original ECR)',
    'https://labs.psychology.illinois.edu/~rcfraley/measures/ecrr.htm (description, citation)',
    'http://psychology.ucdavis.edu/Labs/Shaver/PWT/index.cfm?Section=7 (ECR permission statement, research use)',
  ],
  items: [
    { id: '1', text: "I'm afraid that I will lose my partner's love.", options: AGREE },
    { id: '2', text: 'I often worry that my partner will not want to stay with me.', options: AGREE },
    { id: '3', text: "I often worry that my partner doesn't really love me.", options: AGREE },
    { id: '4', text: "I worry that romantic partners won't care about me as much as I care about them.", options: AGREE },
    { id: '5', text: "I often wish that my partner's feelings for me were as strong as my feelings for him or her.", options: AGREE },
    { id: '6', text: 'I worry a lot about my relationships.', options: AGREE },
    { id: '7', text: 'When my partner is out of sight, I worry that he or she might become interested in someone else.', options: AGREE },
    { id: '8', text: "When I show my feelings for romantic partners, I'm afraid they will not feel the same about me.", options: AGREE },
    { id: '9', text: 'I rarely worry about my partner leaving me.', options: AGREE, reverse: true },
    { id: '10', text: 'My romantic partner makes me doubt myself.', options: AGREE },
    { id: '11', text: 'I do not often worry about being abandoned.', options: AGREE, reverse: true },
    { id: '12', text: "I find that my partner(s) don't want to get as close as I would like.", options: AGREE },
    { id: '13', text: 'Sometimes romantic partners change their feelings about me for no apparent reason.', options: AGREE },
    { id: '14', text: 'My desire to be very close sometimes scares people away.', options: AGREE },
    { id: '15', text: "I'm afraid that once a romantic partner gets to know me, he or she won't like who I really am.", options: AGREE },
    { id: '16', text: "It makes me mad that I don't get the affection and support I need from my partner.", options: AGREE },
    { id: '17', text: "I worry that I won't measure up to other people.", options: AGREE },
    { id: '18', text: "My partner only seems to notice me when I'm angry.", options: AGREE },
    { id: '19', text: 'I prefer not to show a partner how I feel deep down.', options: AGREE },
    { id: '20', text: 'I feel comfortable sharing my private thoughts and feelings with my partner.', options: AGREE, reverse: true },
    { id: '21', text: 'I find it difficult to allow myself to depend on romantic partners.', options: AGREE },
    { id: '22', text: 'I am very comfortable being close to romantic partners.', options: AGREE, reverse: true },
    { id: '23', text: "I don't feel comfortable opening up to romantic partners.", options: AGREE },
    { id: '24', text: 'I prefer not to be too close to romantic partners.', options: AGREE },
    { id: '25', text: 'I get uncomfortable when a romantic partner wants to be very close.', options: AGREE },
    { id: '26', text: 'I find it relatively easy to get close to my partner.', options: AGREE, reverse: true },
    { id: '27', text: "It's not difficult for me to get close to my partner.", options: AGREE, reverse: true },
    { id: '28', text: 'I usually discuss my problems and concerns with my partner.', options: AGREE, reverse: true },
    { id: '29', text: 'It helps to turn to my romantic partner in times of need.', options: AGREE, reverse: true },
    { id: '30', text: 'I tell my partner just about everything.', options: AGREE, reverse: true },
    { id: '31', text: 'I talk things over with my partner.', options: AGREE, reverse: true },
    { id: '32', text: 'I am nervous when partners get too close to me.', options: AGREE },
    { id: '33', text: 'I feel comfortable depending on romantic partners.', options: AGREE, reverse: true },
    { id: '34', text: 'I find it easy to depend on romantic partners.', options: AGREE, reverse: true },
    { id: '35', text: "It's easy for me to be affectionate with my partner.", options: AGREE, reverse: true },
    { id: '36', text: 'My partner really understands me and my needs.', options: AGREE, reverse: true },
  ],
  scales: [
    { id: 'anxiety', label: 'Attachment anxiety', method: 'mean', items: ids(1, 18) },
    { id: 'avoidance', label: 'Attachment avoidance', method: 'mean', items: ids(19, 36) },
  ],
  plots: [{ id: 'attachment', label: 'Attachment anxiety and avoidance in romantic relationships', x: 'avoidance', y: 'anxiety' }],
};
