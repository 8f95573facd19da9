import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { SubmissionState } from '../internal/submission.js';

/**
 * Tells the client, calmly and in a live region, whether their answers reached the practice. Shown
 * only when the practice configured a `submit-url`; never names a status code or blames the client.
 */
export function submissionStatusView(state: SubmissionState, { kept, resumed }: { kept: boolean; resumed: boolean }, messages: Messages) {
  if (state === 'idle') return nothing;
  const text =
    state === 'sent'
      ? messages.submissionSent
      : state === 'rejected'
        ? messages.submissionRejected
        : state === 'stopped'
          ? messages.submissionStopped
          : state === 'unsealed'
            ? messages.submissionNotSealed
            : state === 'retrying'
              ? messages.submissionRetrying(kept)
              : resumed
                ? messages.submissionResumed
                : messages.submissionSending;
  return html`<p class="submission-status" part="submission-status" role="status" data-state=${state}>${text}</p>`;
}
