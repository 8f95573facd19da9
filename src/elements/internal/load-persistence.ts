/**
 * Loads save and resume's storage work only for an element with `persist` on: most pages keep nothing,
 * and need none of it. The script-tag build loads `attune-persist.js` from the folder the script was
 * loaded from (see rollup.config.mjs).
 */
export function loadPersistence(): Promise<typeof import('./persistence.js')> {
  return import('./persistence.js');
}
