/**
 * The screens after the last question, review and results (with the attachment plot), as a file of
 * their own: no page needs them before its first question, so the script tag's first download goes
 * without them, and a screener loads them while the client answers.
 */
export { resultsBody, resultsView } from '../views/results-view.js';
export { reviewView } from '../views/review-view.js';
