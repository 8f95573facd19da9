import type { InstrumentDefinition } from '../model/instrument.js';

/**
 * zod is loaded only when a practice passes its own definition: built-in definitions are validated
 * by the test suite, and the validator is larger than Lit itself. The ES build turns this into a
 * shared chunk; the script-tag build loads `attune-validate.js` from the folder it was loaded from.
 */
export async function loadDefinitionParser(): Promise<(input: unknown) => InstrumentDefinition> {
  return (await import('../model/parse-definition.js')).parseDefinition;
}
