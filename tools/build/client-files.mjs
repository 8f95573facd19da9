// Where the script tag's files are, relative to dist/attune.iife.js: the build names them, the script
// tag hints them (through the virtual module rollup.config.mjs writes), and tools/build/size.mjs counts
// them and checks that the hints name everything each one imports statically.

/** The script tag a practice pastes: the client's entry as a classic script (tools/build/script-tag-entry.mjs). */
export const SCRIPT_TAG = 'attune.iife.js';

/**
 * Where the client's entry is built, and where the module handing the script tag's code to the
 * client's other files is left: they import it (a page fetches it with the first of them).
 */
export const CLIENT_ENTRY = 'client/attune.js';

/**
 * The review and results screens (src/elements/attune-screener/finish-screens.ts, and the results,
 * which the battery shares, in a chunk of their own), each named after its first module: a screener
 * loads them once its first screen is shown.
 */
export const FINISH_FILES = ['client/finish-screens.js', 'client/completion.js'];

/** Where answers are kept in the browser: a chunk the battery and the work of submitting share. */
const STORAGE_FILE = 'client/snapshot-store.js';

/** What loads the storage work (dist/attune-persist.js): a chunk the battery and save and resume's work share. */
const LOAD_PERSISTENCE_FILE = 'client/load-persistence.js';

/** The work of submitting to `submit-url`, loaded once an element with an endpoint has shown its first screen. */
export const SUBMISSION_FILES = ['client/submission-work.js', STORAGE_FILE];

/** The battery's code and what it imports (the results, storage), hinted only for a page with an <attune-battery>. */
export const BATTERY_FILES = ['client/attune-battery.js', STORAGE_FILE, LOAD_PERSISTENCE_FILE, ...FINISH_FILES];

/** Save and resume's work and the screen asking before resuming (`persist`), hinted only for an element with it on. */
export const SAVE_RESUME_FILES = ['client/save-resume-work.js', LOAD_PERSISTENCE_FILE];

/** Paged mode's screen (`mode="paged"`), hinted only for an element with that attribute. */
export const PAGED_FILES = ['client/paged-screen.js'];
