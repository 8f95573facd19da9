import type { FirstMessages } from './messages.js';

/**
 * English UI strings for the first screens (the rest are in en-finish.ts, loaded with the screens
 * after the questions): calm, plain, and never alarming.
 */
export const en: FirstMessages = {
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
  checkAnswers: 'Check your answers',
  backToReview: 'Back to your answers',
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
  formIncomplete: 'Please finish this questionnaire before you send the form.',
};
