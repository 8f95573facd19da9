/**
 * Loads the submission outbox only when an element has somewhere to submit to: most pages hand the
 * result to their own script and never need it. The script-tag build loads `attune-outbox.js` from
 * the folder the script was loaded from (see rollup.config.mjs).
 */
export function loadOutbox(): Promise<typeof import('../../delivery/outbox-module.js')> {
  return import('../../delivery/outbox-module.js');
}
