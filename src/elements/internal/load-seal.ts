/**
 * Loads the sealing code only when an element has a `seal-key`: a page that submits plain JSON, or
 * none, never carries the JOSE code. The script-tag build loads `attune-seal.js` from the folder the
 * script was loaded from (see rollup.config.mjs).
 */
export function loadSeal(): Promise<typeof import('../../delivery/seal.js')> {
  return import('../../delivery/seal.js');
}
