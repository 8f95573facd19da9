// Where the script tag's files are, relative to dist/attune.iife.js: the build names them, the loader
// hints and imports them (through the virtual module rollup.config.mjs writes), and tools/build/size.mjs
// counts them and checks that the hints name everything each one imports statically.

/** The client's elements: what the script tag imports on every page. */
export const CLIENT_ENTRY = 'client/attune.js';

/**
 * The review and results screens (src/elements/attune-screener/finish-screens.ts, and the results,
 * which the battery shares, in a chunk of their own), each named after its first module: a screener
 * loads them once its first screen is shown.
 */
export const FINISH_FILES = ['client/finish-screens.js', 'client/results-view.js'];

/** The battery's code and what it imports (the results), hinted only for a page with an <attune-battery>. */
export const BATTERY_FILES = ['client/attune-battery.js', ...FINISH_FILES];
