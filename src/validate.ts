/**
 * Validation of untrusted input in the browser: a practice's own definition and a text pack (fetched
 * here too when given by address), and stored answers. Its own
 * entry (`attune-validate.js` beside the script-tag bundle, a shared chunk in the ES build) because zod
 * is larger than Lit itself and built-in definitions need no validation at run time.
 */
export { parseDefinition } from './model/parse-definition.js';
export { applyTextPack, applyTextPacks } from './model/text-pack.js';
// a practice's own definition or text pack, by object or by address on its site
export { practiceDefinition, withWording } from './elements/internal/practice-definition.js';
// stored state is untrusted input too (persist="session|local")
export { readSnapshot, readBatterySnapshot } from './session/parse-snapshot.js';
