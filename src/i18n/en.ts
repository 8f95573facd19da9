import type { Messages } from './messages.js';

/** English UI strings: calm, plain, and never alarming. */
export const en: Messages = {
  introLength: (questions, minutes, upTo) =>
    `There ${questions === 1 ? 'is 1 question' : `are ${upTo ? 'up to ' : ''}${questions} questions`}. It usually takes about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  introTimeframe: 'The questions ask about',
  // English wording under English text is never announced as English: this is shown only by other languages
  introInEnglish: '',
  introPartlyInEnglish: '',
  introExperience: (experience) => `When a question mentions a stressful experience or event, think of: ${experience}.`,
  introStop: 'There are no right or wrong answers. You can take your time, and you can stop at any point.',
  start: 'Start',
  questionOf: (n, total) => `Question ${n} of ${total}`,
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  errorSummaryTitle: 'Some questions still need an answer',
  errorSummaryLink: (n) => `Question ${n}`,
  itemError: 'Choose one answer for this question.',
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
  problemTitle: 'This questionnaire cannot be shown right now',
  problemBody: 'Nothing you have answered is lost. Please let the practice know, or try again later.',
  problemDetails: 'Details for the website team',
  leave: 'Leave this page',
  leaveHint: 'Or press Shift three times.',
  safetyTitle: 'Support is here if you need it',
  safetyEmergency: 'If you are in danger now, call your local emergency number.',
  safetyContinue: (stage) =>
    `${stage === 'done' ? 'You have finished the questions.' : stage === 'review' ? 'You can finish when you are ready, or stop at any point.' : 'You can carry on with the questions, or stop at any point.'} Your practitioner is there to help.`,
  safetyCall: (phone) => `Call ${phone}`,
  safetyAnnouncement: 'Support information is shown below this question.',
  reviewTitle: 'Check your answers',
  reviewIntro: 'You can change any answer before you finish.',
  checkAnswers: 'Check your answers',
  backToReview: 'Back to your answers',
  change: 'Change',
  changeWhat: 'your answer to',
  questionLabel: (n) => `question ${n}`,
  notAnswered: 'Not answered',
  resumeTitle: 'Welcome back',
  resumeBody: 'Your answers from earlier are saved in this browser. You can carry on where you left off, or start again.',
  resumeContinue: 'Carry on where I left off',
  resumeRestart: 'Start again',
  persistNote: (where) =>
    where === 'local'
      ? 'Your answers are saved in this browser until you finish, so you can come back later. On a shared device, others using this browser could see that you started.'
      : 'Your answers are kept in this browser tab until you finish or close it.',
  restoreFailed: 'Your earlier answers could not be brought back, so the questionnaire starts from the beginning.',
  storageUnavailable: 'This browser cannot save your answers, so they will be lost if you leave or reload this page.',
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
  formIncomplete: 'Please finish this questionnaire before you send the form.',
  batteryTitle: 'Questionnaires',
  batteryLength: (count, minutes, upTo) =>
    `There are ${upTo ? 'up to ' : ''}${count} short questionnaires, one after another. Together they usually take about ${minutes} minutes.`,
  batteryListLabel: 'The questionnaires',
  batteryProgress: (n, total) => `Questionnaire ${n} of ${total}`,
  batteryThanksBody: 'You have finished the questionnaires. Thank you for taking the time to answer.',
};
