import { fileBesideScript } from '../internal/missing-file.js';

/** The review and results screens (finish-screens.ts). */
export type FinishScreens = typeof import('./finish-screens.js');

/**
 * Loads the review and results screens, with finishing, once per page. The script tag's build names
 * the file `client/finish-screens.js`, beside the screener's own code.
 */
export const loadFinishScreens = fileBesideScript(
  'client/finish-screens.js',
  'the answers are kept, but they cannot be reviewed, finished or sent',
  () => import('./finish-screens.js'),
);
