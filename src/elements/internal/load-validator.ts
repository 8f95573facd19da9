/**
 * Loads the validator only when untrusted input arrives (a practice's own definition or a text pack):
 * built-in definitions are validated by the test suite, and zod is larger than Lit itself. The ES
 * build turns this into a shared chunk; the script-tag build loads `attune-validate.js` from the folder
 * the script was loaded from (see rollup.config.mjs).
 */
export function loadValidator(): Promise<typeof import('../../validate.js')> {
  return import('../../validate.js');
}
