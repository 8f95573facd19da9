/**
 * Every string the widget shows that is not instrument wording. Instrument wording lives with the
 * instrument; a new UI language is one more object of this shape.
 */
export interface Messages {
  /** Heading of the introduction; the instrument's title follows. */
  /** `upTo`: some questions may be skipped depending on earlier answers. */
  introLength(questions: number, minutes: number, upTo: boolean): string;
  introTimeframe(timeframe: string): string;
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
  fullTitle: string;
  scaleHeader: string;
  scoreHeader: string;
  rangeHeader: string;
  notScored: string;
  ruleHeader: string;
  outcomeHeader: string;
  outcome(value: boolean | null): string;
  provisional: string;
  settingUsed(label: string, value: number): string;
  flagsTitle: string;
  bandHeader: string;
  problemTitle: string;
  problemBody: string;
  problemDetails: string;
}
