import type { Page } from 'playwright-core';

export interface WordingTiming {
  /** When dist/attune.iife.js (the loader) finished downloading. */
  loaderEnd: number;
  /** When dist/client/attune.js (the elements' code the loader imports) finished downloading. */
  scriptEnd: number;
  /** When the instrument's wording (dist/instruments/<id>.js) started downloading. */
  wordingStart: number;
  /** When it finished. */
  wordingEnd: number;
  /** `scriptEnd - wordingStart`: at least 0 when the wording starts no later than the script's code finishes. */
  lead: number;
}

/** Resource Timing figures (ms since navigation) of a page that loaded the script tag and shows `instrument`. */
export declare function wordingTiming(page: Page, instrument: string): Promise<WordingTiming>;
