/**
 * How the questionnaire moves: each thing a client can do (an intent) is a pure function of the
 * session, returning the next session, where focus goes, what the page-wide live region says, and
 * what the host must hear. Elements apply a {@link Step} and render; they decide nothing themselves,
 * so changing how the questionnaire moves is a change to this file alone (tested in Node).
 */
import type { Settings } from '../model/answers.js';
import type { Mode, Session } from './session.js';
import { finishStep } from './finish.js';
import { isReviewIntent, questionStep } from './question-steps.js';
import { isPagedIntent, pagedStep } from './paged-steps.js';
import { reviewStep } from './review-steps.js';

/** Where focus goes after a step: the screen's heading, the question's legend, the error summary, or one question's answer. */
export type Focus = 'title' | 'legend' | 'error-summary' | { item: string };

/**
 * What the live region says after a step: the position in paged mode, that support is showing, or
 * nothing (cleared, e.g. on the results, whose heading takes focus and speaks for itself).
 */
export type Announcement = { kind: 'progress'; question: number; of: number } | { kind: 'support' } | { kind: 'clear' };

/** One step of a pass: the session to render next and what the element does around it. */
export interface Step {
  readonly session: Session;
  /** Focus to move after the next render; none leaves focus where the client put it. */
  readonly focus?: Focus;
  readonly announce?: Announcement;
  /** An answer was given: the host hears `attune-change`. */
  readonly changed?: { itemId: string; value: number };
  /** Safety flags raised by this step (not raised before in this pass): the host hears `attune-safety`. */
  readonly raised?: readonly string[];
  /** This step finished the pass: the host hears `attune-complete`, with `session.result`. */
  readonly completed?: boolean;
}

/** Everything a client can do, and what a host can do for them (resume, restart). */
export type Intent =
  | { type: 'start' }
  | { type: 'answer'; itemId: string; value: number }
  | { type: 'next' }
  | { type: 'back' }
  /** "Check your answers" on the last question (paged). */
  | { type: 'review' }
  /** "Back to your answers" after changing one from the review. */
  | { type: 'back-to-review' }
  /** "Change" beside an answer on the review. */
  | { type: 'change-answer'; itemId: string }
  /** "Back" from the review to the last question. */
  | { type: 'leave-review' }
  | { type: 'finish'; settings?: Settings; language?: string }
  /** A link in the error summary. */
  | { type: 'go-to'; itemId: string }
  /** "Carry on where I left off": the saved session replaces the fresh one. */
  | { type: 'resume'; saved: Session }
  /** "Start again", a form reset, or the quick exit: nothing answered. */
  | { type: 'restart' };

/**
 * Applies one intent. Pure: the same session, intent and mode always give the same step. Finishing
 * (finish.ts, which scores), the review's steps (review-steps.ts), paged mode's Next and Back
 * (paged-steps.ts) and the rest (question-steps.ts) are
 * files of their own, so the script tag's first download has only the last; this is the whole of it,
 * for everything else.
 */
export function navigate(s: Session, intent: Intent, mode: Mode): Step {
  if (intent.type === 'finish') return finishStep(s, intent, mode);
  if (isPagedIntent(intent)) return pagedStep(s, intent, mode);
  return isReviewIntent(intent) ? reviewStep(s, intent, mode) : questionStep(s, intent, mode);
}
