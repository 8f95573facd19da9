import type { ReportMessages } from './report-messages.js';

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** English strings of the clinician report. */
export const reportEn: ReportMessages = {
  lang: 'en',
  empty: 'No results to show yet.',
  completedOn: (when) => `Completed ${when}`,
  completionN: (n) => `Completion ${n}`,
  completionsBetween: (count, first, last) => `${count} completions, from ${first} to ${last}`,
  definitionLine: (edition, version) => `${edition}. Scored with definition version ${version}.`,
  answeredIn: (language) => `Answered in ${language}, in this wording:`,
  wordingStatus: 'Wording checked:',
  complete: 'Complete: every question that was asked has an answer.',
  incomplete: (missing) =>
    `Incomplete: no answer to ${missing.length === 1 ? 'item' : 'items'} ${list(missing)}. Scales that include ${missing.length === 1 ? 'it' : 'them'} are not scored; nothing is prorated.`,

  flagsTitle: 'Follow up first: safety items',
  flagSource: (instrument, item) => `${instrument}, item ${item}`,
  flagAnswer: 'Answered:',
  flagEarlier: (dates) => `Also raised on ${list(dates)}.`,
  supportShown: (changedBack) =>
    changedBack
      ? 'the client was shown the support panel during this pass; the answer that raised it was changed before finishing, so it is not among the final answers.'
      : 'the client was shown the support panel during this pass.',

  scoresTitle: 'Scores',
  mostRecent: (when) => `Most recent: ${when}`,
  scaleHeader: 'Scale',
  scoreHeader: 'Score',
  rangeHeader: 'Possible range',
  cutoffHeader: 'Cutoff',
  bandHeader: 'Band',
  notScored: 'Not scored (items unanswered)',
  noCutoff: 'None',
  noCutoffs: 'No scale of this instrument has a cutoff in its scoring rules.',
  cutoffAtLeast: (value) => `${value} or more`,
  settingUsed: (label, value, min, max) => `${label}: ${value} (chosen within the published range ${min}–${max}).`,

  rulesTitle: 'Screening rules',
  ruleHeader: 'Rule',
  outcomeHeader: 'Outcome',
  outcome: (value) => (value === null ? 'Not determined (items unanswered)' : value ? 'Met: provisional, not a diagnosis' : 'Not met'),
  provisional: 'Rule outcomes are provisional screening results, not a diagnosis. A diagnosis needs a clinical assessment.',

  chartsTitle: 'Charts',
  subscalesTitle: (parent) => `${parent}: subscales`,
  barDescribe: (label, value, min, max) => (value === null ? `${label}: not scored.` : `${label}: ${value} on a range of ${min} to ${max}.`),
  trendTitle: (scale) => `${scale} over time`,
  trendDescribe: (when, value) => (value === null ? `${when}: not scored.` : `${when}: ${value}.`),
  cutoffLine: (value) => `Cutoff ${value}`,
  whenHeader: 'Completed',
  metHeader: 'At or above the cutoff',
  met: (value) => (value ? 'Yes' : 'No'),
  plotDescribe: (when, xLabel, x, yLabel, y) => `${when}: ${xLabel.toLowerCase()} ${x}, ${yLabel.toLowerCase()} ${y}.`,

  itemsTitle: 'Answers, item by item',
  itemHeader: 'Item',
  questionHeader: 'Question',
  answerHeader: 'Answer',
  notAnswered: 'No answer',
  notAsked: 'Not asked (an earlier answer skipped it)',
  reverseKeyed: 'reverse-keyed',
  safetyItem: 'Safety item',
  noWording: (item) => `Item ${item} (wording supplied by the practice's text pack; not shown here)`,

  sourceTitle: 'Source',

  sealedWaiting: (count) =>
    `${count === 1 ? 'One sealed result is' : `${count} sealed results are`} waiting. Choose the practice's private key file (attune-seal-….private.jwk.json) to open ${count === 1 ? 'it' : 'them'}.`,
  sealedOpened: (count) => `${count === 1 ? 'One sealed result' : `${count} sealed results`}: opened with the private key chosen below.`,
  sealedKeyLabel: 'Private key file',
  sealedKeyNote: 'The key is read on this computer and kept only while this page is open. It is never uploaded or stored.',
  problemTitle: 'This report cannot be shown',
  problemBody: 'The results given to the report do not fit. Nothing has been changed or lost.',
  problemDetails: 'Details for the website team',
};
