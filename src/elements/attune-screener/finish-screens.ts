/**
 * The screens after the last question, review and results (with the attachment plot), with their
 * styles, finishing itself (scoring, the completion handed to the form and the endpoint) and the line
 * saying whether it reached `submit-url` (a completion needs this file first), as a
 * file of their own: no page needs them before its first question, so the script tag's first download
 * goes without them, and a screener loads them while the client answers.
 */
import type { CSSResult } from 'lit';
import { attachmentPlotStyles } from '../charts/attachment-plot.styles.js';
import { reviewStyles } from '../../styles/review.styles.js';
import { submissionStatusStyles } from '../../styles/submission-status.styles.js';
import { tableStyles } from '../../styles/table.styles.js';

export { resultsBody } from '../views/results-view.js';
export { finishedScreen, submissionStatus } from './finished-screen.js';
export { finishStep } from '../../session/finish.js';
export { reviewStep } from '../../session/review-steps.js';
export { completionFingerprint, restoreFinished, toCompletion } from '../../session/completion.js';

/** The review's and the results' styles (their table's too), which the screener adds to its own once this file arrives. */
export const finishStyles: readonly CSSResult[] = [tableStyles, reviewStyles, attachmentPlotStyles, submissionStatusStyles];
