import type { Page } from 'playwright-core';

export interface WordingTiming {
  /** When dist/attune.iife.js (the script tag) finished downloading. */
  scriptEnd: number;
  /** When the instrument's wording (dist/instruments/<id>.js) started downloading. */
  wordingStart: number;
  /** When it finished. */
  wordingEnd: number;
  /** `wordingStart - scriptEnd`: how long the script ran before it asked for the wording (its first act). */
  after: number;
}

/** Resource Timing figures (ms since navigation) of a page that loaded the script tag and shows `instrument`. */
export declare function wordingTiming(page: Page, instrument: string): Promise<WordingTiming>;
