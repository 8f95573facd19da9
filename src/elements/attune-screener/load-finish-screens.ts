import { missingFile } from '../internal/missing-file.js';

/** The review and results screens (finish-screens.ts). */
export type FinishScreens = typeof import('./finish-screens.js');

let loading: Promise<FinishScreens> | undefined;

/**
 * Loads the review and results screens once per page. The script tag's build names the file
 * `client/finish-screens.js`, beside the screener's own code; a failed load is forgotten, so the next
 * screener tries again.
 */
export function loadFinishScreens(): Promise<FinishScreens> {
  loading ??= import('./finish-screens.js').catch(() => {
    loading = undefined;
    throw missingFile('client/finish-screens.js', 'the answers are kept, but they cannot be reviewed, finished or sent');
  });
  return loading;
}
