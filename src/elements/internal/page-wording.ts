/**
 * The wording of the built-in instruments the page's screeners name, which the script tag has
 * already asked for beside itself. Registering `<attune-screener>` once it has arrived lets each
 * screener render its introduction in its first update, instead of an update with only "Leave this
 * page" and then another a frame later: one render and one paint fewer before the first screen.
 */
import { loadInstrument } from '../../instruments/load-instrument.js';

/**
 * Settles when the page's screeners' instruments have loaded or failed (a failure is the element's to
 * report, as ever), or after `MAX_WAIT_MS`, whichever is first: a slow file must not keep "Leave this
 * page" off the screen for long.
 */
export function pageWording(): Promise<unknown> {
  const loads: Promise<unknown>[] = [];
  for (const el of document.querySelectorAll('attune-screener[instrument]:not([src])')) {
    const load = loadInstrument(el.getAttribute('instrument')!, el.getAttribute('locale') ?? undefined);
    if (load) loads.push(load);
  }
  if (!loads.length) return Promise.resolve();
  return Promise.race([Promise.allSettled(loads), new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS))]);
}

/**
 * The longest the registration waits for the wording before the screeners render without it. The
 * script asks for the wording as it starts to run, so the wording arrives a round trip after the
 * script: a phone's is often 100–300 ms. Long enough for that, short enough that "Leave this page" is
 * never kept off the screen for long by a file that is slow or missing.
 */
const MAX_WAIT_MS = 500;
