import type { FinishMessages } from './messages.js';

/**
 * English UI strings of the screens after the questions (results, review, submission) and of the
 * battery: with those screens' code (the finish screens' file, the battery's), not in the script
 * tag's first download. Calm, plain, and never alarming, as en.ts.
 */
export const enFinish: FinishMessages = {
  thanksTitle: 'Thank you',
  thanksBody: 'You have finished the questionnaire. Thank you for taking the time to answer.',
  summaryTitle: 'About your answers',
  summaryUndecided: 'Not every question was answered, so this part cannot be summarised.',
  notADiagnosis: 'This questionnaire is a screening tool, not a diagnosis. Your practitioner can go through your answers with you.',
  summaryPattern: 'Some of your answers suggest that these problems have troubled you.',
  summarySupport: 'Your practitioner will want to talk through some of your answers with you.',
  fullTitle: 'Your results',
  scaleScore: (which, mean, score, lo, hi) => `Your answers to questions ${which} ${mean ? 'average' : 'add up to'} ${score}, on a range of ${lo} to ${hi}.`,
  plotYou: 'Your answers',
  plotPointHeader: 'Answers',
  plotDescribe: (xLabel, x, yLabel, y, max) => `${xLabel} ${x} and ${yLabel.toLowerCase()} ${y}, each on a scale up to ${max}.`,
  reviewTitle: 'Check your answers',
  reviewIntro: 'You can change any answer before you finish.',
  change: 'Change',
  changeWhat: 'your answer to',
  questionLabel: (n) => `question ${n}`,
  notAnswered: 'Not answered',
  submissionSending: 'Sending your answers to the practice…',
  submissionSent: 'Your answers have reached the practice.',
  submissionRetrying: (kept) =>
    `Your answers have not reached the practice yet, because the connection is not working right now. We will keep trying${kept ? ' while this page is open, and again the next time you open it.' : '. Please keep this page open until this message says they have arrived.'}`,
  submissionRejected:
    "The practice's website did not accept your answers, so they have not reached the practice. This is not something you did wrong. Please let the practice know, so they can help.",
  submissionStopped:
    "The practice's website could not take your answers, so they have not reached the practice. They are kept on this device, and the practice's website has been told. This is not something you did wrong.",
  submissionNotSealed:
    "Your answers have not been sent, because this page could not send them safely. They are kept on this device, and the practice's website has been told. This is not something you did wrong.",
  submissionResumed: 'Answers from your earlier visit are being sent to the practice.',
  batteryTitle: 'Questionnaires',
  batteryLength: (count, minutes, upTo) =>
    `There are ${upTo ? 'up to ' : ''}${count} short questionnaires, one after another. Together they usually take about ${minutes} minutes.`,
  batteryListLabel: 'The questionnaires',
  batteryProgress: (n, total) => `Questionnaire ${n} of ${total}`,
  batteryThanksBody: 'You have finished the questionnaires. Thank you for taking the time to answer.',
};
