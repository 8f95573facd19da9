/**
 * The screener's screens after the questions, review and results, each with the support panel that
 * stays once shown, and the line saying whether the answers have reached `submit-url`: drawn by the
 * finish screens' file (finish-screens.ts), so the script tag's first download carries none of it.
 */
import { html } from 'lit';
import { enFinish } from '../../i18n/en-finish.js';
import type { FirstMessages, Messages } from '../../i18n/messages.js';
import { reviewRows } from '../../session/review.js';
import type { SubmissionState } from '../internal/submission.js';
import { resultsView, type ResultsPolicy } from '../views/results-view.js';
import { reviewView } from '../views/review-view.js';
import { submissionStatusView } from '../views/submission-status-view.js';
import { safetyPanel, type ScreenContext } from './screen-context.js';

/** Every string: English's later ones arrive with this file; the client's language's own win. */
function allMessages(messages: FirstMessages): Messages {
  return { ...enFinish, ...messages };
}

/** What the review and results need beyond the screen's context. */
export interface FinishedScreenOptions {
  /** `results`: what the client sees of their result. */
  policy: ResultsPolicy;
  /** The UI locale, for numbers. */
  locale: string;
  /** Finishing from the review (the screener adds the settings and the wording's language). */
  onFinish(): void;
}

/** The review (stage `review`) or the results (stage `done`), with the support panel once raised. */
export function finishedScreen(ctx: ScreenContext, { policy, locale, onFinish }: FinishedScreenOptions) {
  const s = ctx.session;
  const messages = allMessages(ctx.messages);
  if (s.stage === 'review')
    return html`${safetyPanel(ctx)}
          ${reviewView({ rows: reviewRows(s), messages, wordingLang: ctx.wordingLang, onChange: (itemId) => ctx.act({ type: 'change-answer', itemId }), onBack: () => ctx.act({ type: 'leave-review' }), onFinish })}`;
  return html`${resultsView({ definition: s.definition, result: s.result!, policy, messages, locale, wordingLang: ctx.wordingLang, supportShown: s.raised })}
        ${safetyPanel(ctx)}`;
}

/** The submission status line in the client's language (English's strings for it arrive with this file). */
export function submissionStatus(state: SubmissionState, how: { kept: boolean; resumed: boolean }, messages: FirstMessages) {
  return submissionStatusView(state, how, allMessages(messages));
}
