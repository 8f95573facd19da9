/**
 * Every string the widget shows that is not instrument wording. Instrument wording lives with the
 * instrument; a new UI language is one more object of this shape.
 */
export interface Messages {
  /** Heading of the introduction; the instrument's title follows. */
  /** `upTo`: some questions may be skipped depending on earlier answers. */
  introLength(questions: number, minutes: number, upTo: boolean): string;
  /** Before the instrument's time frame ("the past month"), which may be in the wording's own language. */
  introTimeframe: string;
  /** Said on the introduction when the questions are in English and the widget's text is not. */
  introInEnglish: string;
  /** On a page in another language, when a translation leaves some of the questions (or their parts) in English. Empty in English. */
  introPartlyInEnglish: string;
  /** Names the experience the practice asks the client to keep in mind, without changing any question. */
  introExperience(experience: string): string;
  introStop: string;
  start: string;
  questionOf(n: number, total: number): string;
  back: string;
  next: string;
  finish: string;
  errorSummaryTitle: string;
  errorSummaryLink(n: number): string;
  itemError: string;
  thanksTitle: string;
  thanksBody: string;
  summaryTitle: string;
  summaryUndecided: string;
  notADiagnosis: string;
  /** Said when a rule without a sentence of its own is met (the PCL-5's symptom pattern), so no summary reads as if nothing were met. */
  summaryPattern: string;
  /** Said in the summary when support was shown in this pass, in place of any "below the level" sentence. */
  summarySupport: string;
  fullTitle: string;
  /** A score with the questions it is made of ("1–5", "5, 7, 8"), and its possible range (`mean`: the average of the answers). */
  scaleScore(which: string, mean: boolean, score: string, lo: string, hi: string): string;
  /** Names the client's own point in a plot's table. */
  plotYou: string;
  /** Header of the column naming each point in a plot's table. */
  plotPointHeader: string;
  /** One sentence placing a point on a plot's two dimensions, for screen readers. */
  plotDescribe(xLabel: string, x: string, yLabel: string, y: string, max: number): string;
  problemTitle: string;
  problemBody: string;
  problemDetails: string;
  // Quick exit
  /** The visible quick-exit control. */
  leave: string;
  /** How to leave by keyboard, next to the control. */
  leaveHint: string;
  // Safety support
  safetyTitle: string;
  /** The locale-neutral default shown when the practice configured no resources of its own. */
  safetyEmergency: string;
  /** What the client can do next, fitting the screen: on a question (`intro` too, before any), on the review, or after finishing. Support never blocks finishing. */
  safetyContinue(stage: 'intro' | 'questions' | 'review' | 'done'): string;
  /** Label for a resource's phone number, e.g. "Call 988". */
  safetyCall(phone: string): string;
  /** Announced (live region) when support is shown, since the panel does not take focus. */
  safetyAnnouncement: string;
  // Review ("check your answers")
  reviewTitle: string;
  reviewIntro: string;
  /** Button on the last question that leads to the review. */
  checkAnswers: string;
  /** Button on a question reached from the review, back to it. */
  backToReview: string;
  change: string;
  /** Hidden text completing "Change" for screen readers, before "question 3" or an unnumbered question's own wording (marked with its language). */
  changeWhat: string;
  questionLabel(n: number): string;
  notAnswered: string;
  // Save and resume
  resumeTitle: string;
  resumeBody: string;
  resumeContinue: string;
  resumeRestart: string;
  /** Said on the introduction when answers will be kept in this tab (`session`) or on this device (`local`). */
  persistNote(where: 'session' | 'local'): string;
  /** A saved snapshot could not be used (corrupt, or from another version). */
  restoreFailed: string;
  /** Storage is disabled or full: nothing will be kept. */
  storageUnavailable: string;
  // Submission to the practice (submit-url)
  submissionSending: string;
  submissionSent: string;
  /** Not yet delivered; `kept`: the outbox survives a reload (persist on), so closing the page loses nothing. */
  submissionRetrying(kept: boolean): string;
  /** The endpoint refused the submission (4xx); never blames the client. */
  submissionRejected: string;
  /** An endpoint that can never accept (404, 405, 501), or bounded retries used up: the answers stay on the device, the host was told. */
  submissionStopped: string;
  /** A `seal-key` that does not work, or sealing that failed: nothing was sent (never the plain answers). */
  submissionNotSealed: string;
  /** Answers queued on an earlier visit are being sent. */
  submissionResumed: string;
  // Form association
  /** The form's validation message while a `required` widget is not finished. */
  formIncomplete: string;
  // <attune-battery>
  batteryTitle: string;
  /** How many questionnaires, how long; `upTo`: some may be skipped depending on earlier answers. */
  batteryLength(count: number, minutes: number, upTo: boolean): string;
  batteryListLabel: string;
  batteryProgress(n: number, total: number): string;
  batteryThanksBody: string;
}

/**
 * The strings of the screens after the questions (the results, the review, whether the answers reached
 * the practice) and of the battery. English has them in a file of their own (en-finish.ts), loaded
 * with those screens' code, so the script tag's first download goes without them; every other
 * language has all its strings in its one file.
 */
export type FinishMessages = Pick<
  Messages,
  | 'thanksTitle'
  | 'thanksBody'
  | 'summaryTitle'
  | 'summaryUndecided'
  | 'notADiagnosis'
  | 'summaryPattern'
  | 'summarySupport'
  | 'fullTitle'
  | 'scaleScore'
  | 'plotYou'
  | 'plotPointHeader'
  | 'plotDescribe'
  | 'reviewTitle'
  | 'reviewIntro'
  | 'change'
  | 'changeWhat'
  | 'questionLabel'
  | 'notAnswered'
  | 'submissionSending'
  | 'submissionSent'
  | 'submissionRetrying'
  | 'submissionRejected'
  | 'submissionStopped'
  | 'submissionNotSealed'
  | 'submissionResumed'
  | 'batteryTitle'
  | 'batteryLength'
  | 'batteryListLabel'
  | 'batteryProgress'
  | 'batteryThanksBody'
>;

/** The strings the first screens need: everything but `FinishMessages`. */
export type FirstMessages = Omit<Messages, keyof FinishMessages>;
