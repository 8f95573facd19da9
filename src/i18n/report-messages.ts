/**
 * Every string `<attune-report>` shows that is not instrument wording: written for the clinician,
 * plain, and careful to call a rule outcome provisional, never a diagnosis.
 */
export interface ReportMessages {
  /** The language these strings are in (`lang` on the report; instrument wording in another is marked). */
  lang: string;
  empty: string;
  /** "Completed 1 Mar 2025, 09:30" */
  completedOn(when: string): string;
  /** A completion that carries no time, by its position: "Completion 2". */
  completionN(n: number): string;
  /** "3 completions, from … to …" */
  completionsBetween(count: number, first: string, last: string): string;
  definitionLine(edition: string, version: string): string;
  /** The language the most recent completion was answered in, when it is not the instrument's own ("Answered in Spanish (United States)"). */
  answeredIn(language: string): string;
  /** Before a translation's wording status. */
  wordingStatus: string;
  complete: string;
  /** `missing`: item numbers or ids, in form order. */
  incomplete(missing: string[]): string;

  flagsTitle: string;
  /** "PHQ-9, item 9" */
  flagSource(instrument: string, item: string): string;
  /** Before the answer that raised the flag ("Answered:"; the answer, "Several days (1)", follows in the wording's language). */
  flagAnswer: string;
  flagEarlier(dates: string[]): string;
  /** The client was shown the support panel in this pass; `changedBack`: the answer that raised it was changed before finishing. */
  supportShown(changedBack: boolean): string;

  scoresTitle: string;
  mostRecent(when: string): string;
  scaleHeader: string;
  scoreHeader: string;
  rangeHeader: string;
  cutoffHeader: string;
  bandHeader: string;
  /**
   * The report's own names for the built-in instruments' severity bands, by band label
   * (`moderately-severe`), in a language other than the definitions'. They are the library's words (no
   * published translation of them exists); a band without one is shown as the definition names it,
   * marked with the definition's language.
   */
  bandNames?: Readonly<Record<string, string>>;
  notScored: string;
  noCutoff: string;
  /** Said once for an instrument none of whose scales has a cutoff (ECR-RS, ITQ). */
  noCutoffs: string;
  /** "33 or more" */
  cutoffAtLeast(value: string): string;
  settingUsed(label: string, value: number, min: number, max: number): string;

  rulesTitle: string;
  ruleHeader: string;
  outcomeHeader: string;
  outcome(value: boolean | null): string;
  provisional: string;

  chartsTitle: string;
  subscalesTitle(parent: string): string;
  barDescribe(label: string, value: string | null, min: string, max: string): string;
  trendTitle(scale: string): string;
  trendDescribe(when: string, value: string | null): string;
  cutoffLine(value: string): string;
  whenHeader: string;
  metHeader: string;
  met(value: boolean): string;
  plotDescribe(when: string, xLabel: string, x: string, yLabel: string, y: string): string;

  itemsTitle: string;
  itemHeader: string;
  questionHeader: string;
  answerHeader: string;
  notAnswered: string;
  notAsked: string;
  reverseKeyed: string;
  safetyItem: string;
  /** An item of a restricted instrument whose wording was not supplied. */
  noWording(item: string): string;

  sourceTitle: string;

  /** Sealed results given, not yet opened: "2 sealed results. Choose the practice's private key to open them." */
  sealedWaiting(count: number): string;
  sealedOpened(count: number): string;
  sealedKeyLabel: string;
  /** That the key stays on this computer. */
  sealedKeyNote: string;
  problemTitle: string;
  problemBody: string;
  problemDetails: string;
}
