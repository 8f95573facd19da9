import { fileBesideScript } from '../internal/missing-file.js';

/** Paged mode's screen (paged-screen.ts). */
export type PagedScreen = typeof import('./paged-screen.js');

/**
 * Loads paged mode's screen once per page, only for an element with `mode="paged"` (the script tag
 * hints it from the attribute, so it arrives with the element's code). The script tag's build names
 * the file `client/paged-screen.js`.
 */
export const loadPagedScreen = fileBesideScript(
  'client/paged-screen.js',
  'the answers are kept, but the questions cannot be shown one at a time',
  () => import('./paged-screen.js'),
);
